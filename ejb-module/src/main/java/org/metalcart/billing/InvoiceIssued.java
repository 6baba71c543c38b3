package org.metalcart.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metalcart.shared.DomainEvent;

/** An invoice was issued: an order's first, or a renewal. */
public record InvoiceIssued(
    long invoiceId,
    Long clientId,
    InvoiceKind kind,
    BigDecimal total,
    String currency,
    LocalDate dueDate,
    String createdBy,
    Instant occurredAt)
    implements DomainEvent {

  /** The event of an invoice just stored. */
  public static InvoiceIssued of(Invoice invoice) {
    return new InvoiceIssued(
        invoice.id(),
        invoice.clientId(),
        invoice.kind(),
        invoice.total(),
        invoice.currency(),
        invoice.dueDate(),
        invoice.createdBy(),
        invoice.createdAt());
  }

  @Override
  public String type() {
    return "invoice.issued";
  }

  @Override
  public String subject() {
    return "invoice";
  }

  @Override
  public long subjectId() {
    return invoiceId;
  }

  @Override
  public String visibleTo() {
    return createdBy;
  }

  @Override
  public Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("kind", kind.name());
    data.put("total", total);
    data.put("currency", currency);
    data.put("dueDate", dueDate == null ? null : dueDate.toString());
    return data;
  }
}
