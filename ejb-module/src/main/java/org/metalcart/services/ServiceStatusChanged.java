package org.metalcart.services;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metalcart.shared.DomainEvent;

/** A service's status changed (Active, Suspended, Unsuspended to Active, Terminated …). */
public record ServiceStatusChanged(
    long serviceId,
    Long clientId,
    ServiceStatus from,
    ServiceStatus to,
    String why,
    String actor,
    String serverName,
    List<String> ips,
    String createdBy,
    Instant occurredAt)
    implements DomainEvent {

  /** The event of {@code service}, which was {@code from} and is now in its current status. */
  public static ServiceStatusChanged of(Service service, ServiceStatus from, Instant at) {
    return new ServiceStatusChanged(
        service.id(),
        service.clientId(),
        from,
        service.status(),
        service.changeReason(),
        service.changedBy(),
        service.serverName(),
        service.ips() == null ? List.of() : List.copyOf(service.ips()),
        service.createdBy(),
        at);
  }

  /** The event, when {@code service} is no longer in status {@code before}. */
  public static Optional<ServiceStatusChanged> ifChanged(
      Service service, ServiceStatus before, Instant at) {
    return service.status() == before ? Optional.empty() : Optional.of(of(service, before, at));
  }

  @Override
  public String type() {
    return "service.status_changed";
  }

  @Override
  public String subject() {
    return "service";
  }

  @Override
  public long subjectId() {
    return serviceId;
  }

  @Override
  public String visibleTo() {
    return createdBy;
  }

  @Override
  public Map<String, Object> data() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("from", from.name());
    data.put("to", to.name());
    data.put("reason", why);
    data.put("actor", actor);
    data.put("serverName", serverName);
    data.put("ips", ips);
    return data;
  }
}
