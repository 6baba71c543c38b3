package org.metalcart.api.ordering;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.metalcart.api.PageParams;
import org.metalcart.api.PageView;
import org.metalcart.api.security.Callers;
import org.metalcart.api.security.Requires;
import org.metalcart.api.validation.OneOf;
import org.metalcart.ordering.OrderStatus;
import org.metalcart.ordering.Ordering;
import org.metalcart.ordering.PlacedOrder;
import org.metalcart.security.Permission;

@Path("orders")
@Tag(name = "Orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

  @Inject Ordering ordering;

  @Context SecurityContext security;

  @Requires(Permission.PLACE_ORDERS)
  @POST
  @Operation(
      operationId = "placeOrder",
      summary =
          "Place an order: a PENDING service per item and an invoice for the first period."
              + " With an Idempotency-Key, repeating the request returns the same order")
  @APIResponse(
      responseCode = "201",
      description = "Placed",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(
      responseCode = "200",
      description = "Placed before with this Idempotency-Key",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields (application/problem+json)")
  @APIResponse(
      responseCode = "409",
      description =
          "A plan whose stock policy is REFUSE has fewer free servers than ordered"
              + " (urn:metalcart:problem:out-of-stock); nothing is stored")
  @APIResponse(
      responseCode = "422",
      description = "Unpriced cycle, or the key was used for another order (problem+json)")
  public Response place(
      @HeaderParam(OrderRequest.IDEMPOTENCY_KEY) String key,
      @NotNull @Valid OrderRequest request,
      @Context UriInfo uri) {
    PlacedOrder placed = ordering.place(request.toNewOrder(key), Callers.of(security));
    OrderView order = OrderView.of(placed);
    return Response.status(placed.replayed() ? Response.Status.OK : Response.Status.CREATED)
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(order.id)).build())
        .entity(order)
        .build();
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}")
  @Operation(operationId = "getOrder", summary = "One order with its items")
  public OrderView order(@PathParam("id") long id) {
    return OrderView.of(ordering.order(id, Callers.of(security)));
  }

  @Requires(Permission.READ)
  @GET
  @Operation(
      operationId = "listOrders",
      summary = "Orders, a page at a time, optionally in one status")
  public PageView<OrderView> orders(
      @QueryParam("status")
          @Parameter(schema = @Schema(implementation = OrderStatus.class))
          @OneOf(OrderStatus.class)
          String status,
      @Valid @BeanParam PageParams page) {
    return PageView.of(
        ordering.orders(
            page.toRequest(),
            status == null ? null : OrderStatus.valueOf(status),
            Callers.of(security)),
        OrderView::summary);
  }

  @Requires(Permission.REVIEW_ORDERS)
  @POST
  @Path("{id}/accept")
  @Operation(
      operationId = "acceptOrder",
      summary = "Accept a pending order; Run Module Create (default) provisions it")
  @APIResponse(
      responseCode = "200",
      description = "The order as it is now",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "409", description = "The order is not pending")
  public OrderView accept(@PathParam("id") long id, AcceptRequest request) {
    boolean create = request == null || request.runModuleCreate == null || request.runModuleCreate;
    return OrderView.of(ordering.accept(id, create, Callers.of(security)));
  }

  @Requires(Permission.REVIEW_ORDERS)
  @POST
  @Path("{id}/cancel")
  @Operation(
      operationId = "cancelOrder",
      summary = "Cancel an order; its provisioned servers are released")
  @APIResponse(
      responseCode = "200",
      description = "The order as it is now",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "409", description = "The order is already closed")
  public OrderView cancel(@PathParam("id") long id) {
    return OrderView.of(ordering.close(id, OrderStatus.CANCELLED, Callers.of(security)));
  }

  @Requires(Permission.REVIEW_ORDERS)
  @POST
  @Path("{id}/fraud")
  @Operation(
      operationId = "markOrderFraud",
      summary = "Mark an order as fraud; its provisioned servers are released")
  @APIResponse(
      responseCode = "200",
      description = "The order as it is now",
      content = @Content(schema = @Schema(implementation = OrderView.class)))
  @APIResponse(responseCode = "409", description = "The order is already closed")
  public OrderView fraud(@PathParam("id") long id) {
    return OrderView.of(ordering.close(id, OrderStatus.FRAUD, Callers.of(security)));
  }
}
