package org.metalcart.api.billing;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.metalcart.billing.Billing;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.billing.PaymentReceipt;
import org.metalcart.security.Permission;

@Path("invoices")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoicesResource {

  @Inject Billing billing;

  @Context SecurityContext security;

  @Requires(Permission.READ)
  @GET
  @Path("{id}")
  @Operation(operationId = "getInvoice", summary = "One invoice")
  public InvoiceView invoice(@PathParam("id") long id) {
    return InvoiceView.of(billing.invoice(id, Callers.of(security)));
  }

  @Requires(Permission.READ)
  @GET
  @Operation(
      operationId = "listInvoices",
      summary = "Invoices, a page at a time, of a client and in a status")
  public PageView<InvoiceView> invoices(
      @QueryParam("clientId")
          @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
          String clientId,
      @QueryParam("status")
          @Parameter(schema = @Schema(implementation = InvoiceStatus.class))
          @OneOf(InvoiceStatus.class)
          String status,
      @Valid @BeanParam PageParams page) {
    return PageView.of(
        billing.invoices(
            page.toRequest(),
            QueryParameters.id("clientId", clientId),
            status == null ? null : InvoiceStatus.valueOf(status),
            Callers.of(security)),
        InvoiceView::of);
  }

  @Requires(Permission.RECORD_PAYMENTS)
  @POST
  @Path("{id}/payments")
  @Operation(
      operationId = "recordPayment",
      summary =
          "Record a payment of the whole invoice; paying an order's invoice starts its"
              + " provisioning. A transaction recorded before is acknowledged and changes nothing")
  @APIResponse(
      responseCode = "201",
      description = "Recorded",
      content = @Content(schema = @Schema(implementation = PaymentView.class)))
  @APIResponse(
      responseCode = "200",
      description = "The same transaction was recorded before",
      content = @Content(schema = @Schema(implementation = PaymentView.class)))
  @APIResponse(
      responseCode = "422",
      description = "Cancelled invoice, or the amount is not the total (problem+json)")
  @APIResponse(responseCode = "409", description = "Already paid (problem+json)")
  public Response pay(@PathParam("id") long id, @NotNull @Valid PaymentRequest request) {
    PaymentReceipt receipt = billing.recordPayment(id, request.toPayment(), Callers.of(security));
    return Response.status(receipt.duplicate() ? Response.Status.OK : Response.Status.CREATED)
        .entity(PaymentView.of(receipt.payment()))
        .build();
  }

  @Requires(Permission.READ)
  @GET
  @Path("{id}/payments")
  @Operation(operationId = "listPayments", summary = "The payments of an invoice")
  public List<PaymentView> payments(@PathParam("id") long id) {
    return billing.payments(id, Callers.of(security)).stream().map(PaymentView::of).toList();
  }
}
