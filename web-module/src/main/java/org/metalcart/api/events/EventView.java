package org.metalcart.api.events;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.events.RecordedEvent;

/** One event of the feed. */
@Schema(
    name = "Event",
    requiredProperties = {"id", "type", "occurredAt", "subject", "subjectId", "data"})
public class EventView {

  @Schema(description = "The feed's cursor: pass the last one seen as after")
  public long id;

  @Schema(
      enumeration = {
        "order.placed",
        "invoice.issued",
        "invoice.paid",
        "service.status_changed",
        "module_command.done",
        "module_command.failed",
        "job_run.finished"
      })
  public String type;

  public Instant occurredAt;

  @Schema(enumeration = {"order", "invoice", "service", "job-run"})
  public String subject;

  public long subjectId;

  @Schema(description = "The client it concerns; absent for a job run")
  public Long clientId;

  @Schema(
      type = SchemaType.OBJECT,
      description =
          "The facts of this type of event: order.placed {orderNumber, serviceIds, invoiceId};"
              + " invoice.issued {kind, total, currency, dueDate}; invoice.paid {kind, orderId,"
              + " amount, currency}; service.status_changed {from, to, reason, actor, serverName,"
              + " ips}; module_command.* {command, message, requestedBy}; job_run.finished {job,"
              + " status, dryRun, reason}")
  public Map<String, Object> data;

  static EventView of(RecordedEvent event) {
    EventView view = new EventView();
    view.id = event.id();
    view.type = event.type();
    view.occurredAt = event.occurredAt();
    view.subject = event.subject();
    view.subjectId = event.subjectId();
    view.clientId = event.clientId();
    // A JsonObject is a Map: JSON-B writes it as the object it is.
    try (JsonReader reader = Json.createReader(new StringReader(event.data()))) {
      view.data = Collections.unmodifiableMap(reader.readObject());
    }
    return view;
  }
}
