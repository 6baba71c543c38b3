package org.metalcart.api.clients;

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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.notifications.EmailView;
import org.metalcart.api.security.Callers;
import org.metalcart.api.security.Requires;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.notifications.MailLog;
import org.metalcart.security.Permission;

@Path("clients")
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientsResource {

  @Inject ClientRegistry registry;

  @Inject MailLog mails;

  @Context SecurityContext security;

  @Requires(Permission.MANAGE_CLIENTS)
  @POST
  @Operation(
      operationId = "registerClient",
      summary =
          "Register a client; its username and email must be unused. A taken username or e-mail is"
              + " a 409 naming the field, whichever cart registered it, and says nothing more")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = ClientView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "409", description = "Already exists (application/problem+json)")
  public Response register(@NotNull @Valid ClientRequest request, @Context UriInfo uri) {
    ClientView client =
        ClientView.of(registry.register(request.toNewClient(), Callers.of(security)));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(client.id)).build())
        .entity(client)
        .build();
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}")
  @Operation(operationId = "getClient", summary = "One client")
  public ClientView client(@PathParam("id") long id) {
    return ClientView.of(registry.client(id, Callers.of(security)));
  }

  @Requires(Permission.MANAGE_CLIENTS)
  @PATCH
  @Path("{id}")
  @Operation(
      operationId = "changeClient",
      summary =
          "Change a client's e-mail or name (the fields given); an e-mail another client has is a"
              + " 409 naming the field")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(implementation = ClientView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(responseCode = "404", description = "No such client (problem+json)")
  @APIResponse(responseCode = "409", description = "E-mail taken (problem+json)")
  public ClientView change(@PathParam("id") long id, @NotNull @Valid ClientChangeRequest request) {
    return ClientView.of(registry.change(id, request.toChange(), Callers.of(security)));
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}/emails")
  @Tag(name = "E-mails")
  @Operation(
      operationId = "listClientEmails",
      summary =
          "A client's e-mail log, newest first: what was sent, when, and what failed. A cart sees"
              + " the e-mails about what it sold")
  public PageView<EmailView> emails(@PathParam("id") long id, @Valid @BeanParam PageParams page) {
    return PageView.of(mails.ofClient(id, page.toRequest(), Callers.of(security)), EmailView::of);
  }

  @Requires(Permission.READ)
  @GET
  @Operation(
      operationId = "listClients",
      summary = "Clients, a page at a time; with username, the one client of that name")
  public PageView<ClientView> clients(
      @QueryParam("username") String username, @Valid @BeanParam PageParams page) {
    return PageView.of(
        registry.clients(page.toRequest(), username, Callers.of(security)), ClientView::of);
  }
}
