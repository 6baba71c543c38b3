package org.metalcart.api.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.security.Requires;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.security.Permission;

/** What the DCImanager in use offers, read live: the choices a plan and a reinstall take. */
@Path("dcimanager")
@Tag(name = "DCImanager", description = "What the DCImanager in use offers, read live")
@Produces(MediaType.APPLICATION_JSON)
public class DcimanagerResource {

  @Inject ModuleCommands commands;

  @Requires(Permission.READ)
  @GET
  @Path("os-templates")
  @Operation(
      operationId = "listOsTemplates",
      summary = "The OS templates DCImanager offers (a reinstall takes one of these names)")
  @APIResponse(
      responseCode = "200",
      description = "The templates' names",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)))
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public List<String> osTemplates() {
    return commands.osTemplates();
  }

  @Requires(Permission.MANAGE_CATALOG)
  @GET
  @Path("plan-choices")
  @Operation(
      operationId = "getPlanChoices",
      summary =
          "What a plan's module settings can take: the Configurations and Server Types (Package"
              + " Name), the OS templates and the address pools DCImanager has")
  @APIResponse(
      responseCode = "200",
      description = "The choices",
      content = @Content(schema = @Schema(implementation = PlanChoicesView.class)))
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public PlanChoicesView planChoices() {
    return PlanChoicesView.of(commands.planChoices());
  }
}
