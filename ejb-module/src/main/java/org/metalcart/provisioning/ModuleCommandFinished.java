package org.metalcart.provisioning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.metalcart.shared.DomainEvent;

/**
 * A module command ended: done, or failed for good (provisioning that failed waits for staff). A
 * command that will be tried again has not ended.
 */
public record ModuleCommandFinished(
    long serviceId,
    Long clientId,
    ModuleCommand command,
    boolean done,
    String message,
    String requestedBy,
    String createdBy,
    Instant occurredAt)
    implements DomainEvent {

  @Override
  public String type() {
    return done ? "module_command.done" : "module_command.failed";
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
    data.put("command", command.name());
    data.put("message", message);
    data.put("requestedBy", requestedBy);
    return data;
  }
}
