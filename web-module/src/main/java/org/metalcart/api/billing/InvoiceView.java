package org.metalcart.api.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceKind;
import org.metalcart.billing.InvoiceStatus;

/** An invoice with its lines. */
@Schema(
    name = "Invoice",
    requiredProperties = {
      "id",
      "clientId",
      "kind",
      "status",
      "currency",
      "total",
      "dueDate",
      "createdAt",
      "lines"
    })
public class InvoiceView {

  public long id;
  public long clientId;
  public Long orderId;

  @Schema(implementation = InvoiceKind.class)
  public String kind;

  @Schema(implementation = InvoiceStatus.class)
  public String status;

  public String currency;
  public BigDecimal total;
  public LocalDate dueDate;
  public Instant createdAt;
  public Instant paidAt;
  public List<Line> lines;

  /** One charge. */
  @Schema(
      name = "InvoiceLine",
      requiredProperties = {"description", "amount"})
  public static class Line {
    public Long serviceId;
    public String description;
    public BigDecimal amount;
  }

  static InvoiceView of(Invoice invoice) {
    InvoiceView view = new InvoiceView();
    view.id = invoice.id();
    view.clientId = invoice.clientId();
    view.orderId = invoice.orderId();
    view.kind = invoice.kind().name();
    view.status = invoice.status().name();
    view.currency = invoice.currency();
    view.total = invoice.total();
    view.dueDate = invoice.dueDate();
    view.createdAt = invoice.createdAt();
    view.paidAt = invoice.paidAt();
    view.lines =
        invoice.lines().stream()
            .map(
                l -> {
                  Line line = new Line();
                  line.serviceId = l.serviceId();
                  line.description = l.description();
                  line.amount = l.amount();
                  return line;
                })
            .toList();
    return view;
  }
}
