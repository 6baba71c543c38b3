package org.metalcart.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metalcart.shared.DomainEvent;

/**
 * An invoice was paid, in the transaction that recorded the payment: observers (the order, its
 * provisioning, the renewal) act in that same transaction, so a payment and its effects commit
 * together or not at all.
 */
public record InvoicePaid(
    long invoiceId,
    Long orderId,
    InvoiceKind kind,
    String actor,
    Long clientId,
    BigDecimal amount,
    String currency,
    String createdBy,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String type() {
    return "invoice.paid";
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
    data.put("orderId", orderId);
    data.put("amount", amount);
    data.put("currency", currency);
    return data;
  }
}
