package org.metalcart.api.events;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.input.QueryParameters;
import org.metalcart.api.problem.RejectedRequest;
import org.metalcart.api.security.Callers;
import org.metalcart.api.security.Requires;
import org.metalcart.events.EventFeed;
import org.metalcart.security.Permission;
import org.metalcart.shared.PageRequest;

@Path("events")
@Tag(
    name = "Events",
    description = "What happened, in order, for carts that cannot receive webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

  public static final List<String> TYPES =
      List.of(
          "order.placed",
          "invoice.issued",
          "invoice.paid",
          "service.status_changed",
          "module_command.done",
          "module_command.failed",
          "job_run.finished");

  @Inject EventFeed feed;

  @Context SecurityContext security;

  @Requires(Permission.READ)
  @GET
  @Operation(
      operationId = "listEvents",
      summary =
          "Events after a cursor, oldest first: a cart sees those of its own orders, invoices and"
              + " services. An event appears a few seconds after it happened (once every earlier"
              + " one has too), so a reader that passes the last id it saw misses none")
  public EventFeedView events(
      @QueryParam("after")
          @Parameter(
              description = "The last id seen; 0 (the default) from the start",
              schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
          String after,
      @QueryParam("limit")
          @Parameter(
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      format = "int32",
                      minimum = "1",
                      maximum = "" + PageRequest.MAX_LIMIT,
                      defaultValue = "100"))
          String limit,
      @QueryParam("type")
          @Parameter(
              description = "Only events of this type",
              schema =
                  @Schema(
                      enumeration = {
                        "order.placed",
                        "invoice.issued",
                        "invoice.paid",
                        "service.status_changed",
                        "module_command.done",
                        "module_command.failed",
                        "job_run.finished"
                      }))
          String type) {
    long cursor = QueryParameters.cursor("after", after);
    if (type != null && !TYPES.contains(type)) {
      throw RejectedRequest.invalid("type", "must be one of " + String.join(", ", TYPES));
    }
    EventFeedView page = new EventFeedView();
    page.items =
        feed
            .after(
                cursor,
                QueryParameters.bounded("limit", limit, 100, 1, PageRequest.MAX_LIMIT),
                type,
                Callers.of(security))
            .stream()
            .map(EventView::of)
            .toList();
    page.next = page.items.isEmpty() ? cursor : page.items.get(page.items.size() - 1).id;
    return page;
  }
}
