package org.metalcart.api.services;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.input.QueryParameters;
import org.metalcart.api.security.Callers;
import org.metalcart.api.security.Requires;
import org.metalcart.api.validation.OneOf;
import org.metalcart.provisioning.CommandResult;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.security.Permission;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.Services;

@Path("services")
@Tag(name = "Services", description = "Sold servers and their module commands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicesResource {

  @Inject Services services;

  @Inject ModuleCommands commands;

  @Context SecurityContext security;

  @Requires(Permission.READ)
  @GET
  @Path("{id}")
  @Operation(
      operationId = "getService",
      summary = "One service: status, server, addresses, provisioning step, last error")
  public ServiceView service(@PathParam("id") long id) {
    return ServiceView.of(services.service(id, Callers.of(security)));
  }

  @Requires(Permission.READ)
  @GET
  @Operation(
      operationId = "listServices",
      summary = "Services, a page at a time, of a client and in a status")
  public PageView<ServiceView> services(
      @QueryParam("clientId")
          @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          String clientId,
      @QueryParam("status")
          @Parameter(schema = @Schema(implementation = ServiceStatus.class))
          @OneOf(ServiceStatus.class)
          String status,
      @Valid @BeanParam PageParams page) {
    return PageView.of(
        services.services(
            page.toRequest(),
            QueryParameters.id("clientId", clientId),
            status == null ? null : ServiceStatus.valueOf(status),
            Callers.of(security)),
        ServiceView::of);
  }

  @Requires(Permission.EDIT_SERVICES)
  @PATCH
  @Path("{id}")
  @Operation(
      operationId = "editService",
      summary = "Edit a service without a module call; each edit is recorded")
  public ServiceView edit(@PathParam("id") long id, @NotNull @Valid ServiceEditRequest request) {
    return ServiceView.of(services.edit(id, request.toEdit(), Callers.of(security)));
  }

  @Requires(Permission.READ_OPERATIONS)
  @GET
  @Path("{id}/history")
  @Operation(
      operationId = "getServiceHistory",
      summary = "Every change of the service, with time, actor and reason")
  public List<ServiceEventView> history(@PathParam("id") long id) {
    return services.history(id, Callers.of(security)).stream().map(ServiceEventView::of).toList();
  }

  @Requires(Permission.READ_OPERATIONS)
  @GET
  @Path("{id}/log")
  @Operation(
      operationId = "getModuleLog",
      summary = "The module log: every DCImanager call made for the service")
  public PageView<ModuleLogView> log(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
    return PageView.of(services.log(id, page.toRequest(), Callers.of(security)), ModuleLogView::of);
  }

  @Requires(Permission.RUN_MODULE_COMMANDS)
  @POST
  @Path("{id}/commands/create")
  @Operation(
      operationId = "runCreate",
      summary = "Module command Create: provisions the service in the background")
  @APIResponse(
      responseCode = "202",
      description = "Provisioning started",
      content = @Content(schema = @Schema(implementation = ServiceView.class)))
  @APIResponse(responseCode = "409", description = "Already provisioned, or busy")
  public Response create(@PathParam("id") long id) {
    return Response.accepted(ServiceView.of(commands.create(id, Callers.of(security)))).build();
  }

  @Requires(Permission.RUN_MODULE_COMMANDS)
  @POST
  @Path("{id}/commands/suspend")
  @Operation(
      operationId = "suspendService",
      summary = "Module command Suspend: blocks the server in DCImanager")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response suspend(@PathParam("id") long id, @NotNull @Valid SuspendRequest request) {
    return answer(commands.suspend(id, request.reason.strip(), Callers.of(security)));
  }

  @Requires(Permission.RUN_MODULE_COMMANDS)
  @POST
  @Path("{id}/commands/unsuspend")
  @Operation(
      operationId = "unsuspendService",
      summary = "Module command Unsuspend: unblocks the server")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response unsuspend(@PathParam("id") long id) {
    return answer(commands.unsuspend(id, Callers.of(security)));
  }

  @Requires(Permission.RUN_MODULE_COMMANDS)
  @POST
  @Path("{id}/commands/terminate")
  @Operation(
      operationId = "terminateService",
      summary = "Module command Terminate: releases the server to the free pool")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response terminate(@PathParam("id") long id) {
    return answer(commands.terminate(id, Callers.of(security)));
  }

  @Requires(Permission.RENEW_SERVICES)
  @POST
  @Path("{id}/commands/renew")
  @Operation(
      operationId = "renewService",
      summary = "Module command Renew: applies paid renewals; lifts an OVERDUE suspension")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response renew(@PathParam("id") long id) {
    return answer(commands.renew(id, Callers.of(security)));
  }

  @Requires(Permission.CONTROL_SERVERS)
  @POST
  @Path("{id}/commands/reboot")
  @Operation(
      operationId = "rebootService",
      summary = "Module command Reboot: a hard reset of an Active service's server")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response reboot(@PathParam("id") long id) {
    return answer(commands.reboot(id, Callers.of(security)));
  }

  @Requires(Permission.CONTROL_SERVERS)
  @POST
  @Path("{id}/commands/power-off")
  @Operation(
      operationId = "powerOffService",
      summary = "Module command Power off: an Active service's server is switched off")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response powerOff(@PathParam("id") long id) {
    return answer(commands.powerOff(id, Callers.of(security)));
  }

  @Requires(Permission.CONTROL_SERVERS)
  @POST
  @Path("{id}/commands/power-on")
  @Operation(
      operationId = "powerOnService",
      summary =
          "Module command Power on: an Active service's server is switched on (a suspended one"
              + " stays as it is)")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response powerOn(@PathParam("id") long id) {
    return answer(commands.powerOn(id, Callers.of(security)));
  }

  @Requires(Permission.CONTROL_SERVERS)
  @POST
  @Path("{id}/commands/reinstall")
  @Operation(
      operationId = "reinstallService",
      summary =
          "Module command Reinstall OS: the server gets a template anew with a new root password,"
              + " in the background (everything on it is lost). Done when the install started or"
              + " completed, as the plan's \"Don't wait\" says; the service stays Active.")
  @APIResponse(
      responseCode = "202",
      description = "Reinstall queued",
      content = @Content(schema = @Schema(implementation = ServiceView.class)))
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  public Response reinstall(@PathParam("id") long id, @NotNull @Valid ReinstallRequest request) {
    return Response.accepted(
            ServiceView.of(
                commands.reinstall(
                    id, request.template.strip(), request.password, Callers.of(security))))
        .build();
  }

  @Requires(Permission.CONTROL_SERVERS)
  @POST
  @Path("{id}/commands/change-password")
  @Operation(
      operationId = "changeServicePassword",
      summary =
          "Module command Change password: the client's DCImanager account (its panel login) gets"
              + " a new password. DCImanager 5 only; on DCImanager 6 a 409 says why.")
  @APIResponse(responseCode = "200", ref = "CommandDone")
  @APIResponse(responseCode = "202", ref = "CommandUnderWay")
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response changePassword(
      @PathParam("id") long id, @NotNull @Valid PasswordRequest request) {
    return answer(commands.changePassword(id, request.password, Callers.of(security)));
  }

  @Requires(Permission.CONTROL_SERVERS)
  @POST
  @Path("{id}/panel-login")
  @Operation(
      operationId = "panelLogin",
      summary =
          "A one-time link that signs the service's DCImanager account in to DCImanager's own"
              + " panel, without its password (Active or Suspended services)")
  @APIResponse(
      responseCode = "200",
      description = "The link; not cached anywhere",
      content = @Content(schema = @Schema(implementation = PanelLoginView.class)))
  @APIResponse(responseCode = "409", ref = "CommandRefused")
  @APIResponse(responseCode = "502", ref = "DcimRefused")
  public Response panelLogin(@PathParam("id") long id) {
    return Response.ok(PanelLoginView.of(commands.panelLogin(id, Callers.of(security))))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** 200 when the command is done; 202 when DCImanager was away and it will be retried. */
  private static Response answer(CommandResult result) {
    return Response.status(result.done() ? 200 : 202).entity(CommandView.of(result)).build();
  }
}
