package org.metalcart.ordering;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metalcart.shared.DomainEvent;

/** An order was placed, with its services and first invoice. */
public record OrderPlaced(
    long orderId,
    String orderNumber,
    Long clientId,
    List<Long> serviceIds,
    Long invoiceId,
    String createdBy,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String type() {
    return "order.placed";
  }

  @Override
  public String subject() {
    return "order";
  }

  @Override
  public long subjectId() {
    return orderId;
  }

  @Override
  public String visibleTo() {
    return createdBy;
  }

  @Override
  public Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("orderNumber", orderNumber);
    data.put("serviceIds", serviceIds);
    data.put("invoiceId", invoiceId);
    return data;
  }
}
