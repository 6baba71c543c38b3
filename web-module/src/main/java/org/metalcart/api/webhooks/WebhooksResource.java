package org.metalcart.api.webhooks;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.events.EventsResource;
import org.metalcart.api.problem.RejectedRequest;
import org.metalcart.api.security.Callers;
import org.metalcart.api.security.Requires;
import org.metalcart.security.Permission;
import org.metalcart.webhooks.WebhookSignature;
import org.metalcart.webhooks.Webhooks;

@Path("webhooks")
@Tag(
    name = "Webhooks",
    description =
        "Events pushed to your endpoint as they happen, signed: header "
            + WebhookSignature.HEADER
            + ": t=<unix time>,v1=<hex HMAC-SHA256 of \"<t>.<body>\" keyed with the endpoint's"
            + " secret>, as Stripe signs; retried with backoff for more than a day")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  @Inject Webhooks webhooks;

  @Context SecurityContext security;

  @Requires(Permission.MANAGE_WEBHOOKS)
  @POST
  @Operation(
      operationId = "registerWebhook",
      summary =
          "Register an endpoint; the answer carries its signing secret, shown this once. A cart's"
              + " endpoint receives the events of what it sold, an admin's every event")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = WebhookView.class)))
  @APIResponse(responseCode = "409", description = "Too many endpoints for this credential")
  public Response register(@NotNull @Valid WebhookRequest request, @Context UriInfo uri) {
    List<String> events = request.events == null ? List.of() : request.events;
    for (String type : events) {
      if (!EventsResource.TYPES.contains(type)) {
        throw RejectedRequest.invalid(
            "events", "must be event types of the feed: " + EventsResource.TYPES);
      }
    }
    Webhooks.Registered registered =
        webhooks.register(
            request.url.strip(),
            events.stream().distinct().toList(),
            request.description,
            Callers.of(security));
    WebhookView view = WebhookView.of(registered.endpoint());
    view.secret = registered.secret();
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id)).build())
        .entity(view)
        .build();
  }

  @Requires(Permission.READ)
  @GET
  @Operation(operationId = "listWebhooks", summary = "Your endpoints (an admin: all)")
  public PageView<WebhookView> webhooks(@Valid @BeanParam PageParams page) {
    return PageView.of(webhooks.endpoints(page.toRequest(), Callers.of(security)), WebhookView::of);
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}")
  @Operation(operationId = "getWebhook", summary = "One endpoint (never its secret)")
  public WebhookView webhook(@PathParam("id") long id) {
    return WebhookView.of(webhooks.endpoint(id, Callers.of(security)));
  }

  @Requires(Permission.MANAGE_WEBHOOKS)
  @DELETE
  @Path("{id}")
  @Operation(
      operationId = "deleteWebhook",
      summary = "Delete an endpoint with its delivery log: nothing more is sent to it")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    webhooks.delete(id, Callers.of(security));
    return Response.noContent().build();
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "An endpoint's deliveries, newest first: status, attempts, last answer")
  public PageView<DeliveryView> deliveries(
      @PathParam("id") long id, @Valid @BeanParam PageParams page) {
    return PageView.of(
        webhooks.deliveries(id, page.toRequest(), Callers.of(security)), DeliveryView::of);
  }

  @Requires(Permission.READ)
  @GET
  @Path("deliveries/{id}")
  @Operation(
      operationId = "getWebhookDelivery",
      summary = "One delivery with every attempt: when, the answer's status, how long it took")
  public DeliveryView delivery(@PathParam("id") long id) {
    var caller = Callers.of(security);
    return DeliveryView.of(webhooks.delivery(id, caller), webhooks.attempts(id, caller));
  }

  @Requires(Permission.MANAGE_WEBHOOKS)
  @POST
  @Path("deliveries/{id}/redeliver")
  @Operation(
      operationId = "redeliverWebhook",
      summary =
          "Send a delivered or failed delivery again, as it was, in a new round of attempts; one"
              + " still being attempted is a 409")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = DeliveryView.class)))
  @APIResponse(responseCode = "409", description = "Still being attempted")
  public Response redeliver(@PathParam("id") long id) {
    return Response.accepted(DeliveryView.of(webhooks.redeliver(id, Callers.of(security)))).build();
  }
}
