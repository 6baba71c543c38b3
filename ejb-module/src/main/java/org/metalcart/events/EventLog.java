package org.metalcart.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import org.metalcart.shared.DomainEvent;

/**
 * Writes every domain event to {@code domain_event} in the transaction that fired it: the event
 * exists exactly when what it tells of was committed.
 */
@ApplicationScoped
public class EventLog {

  /** Looked up once: finding the provider per event is expensive on Payara. */
  private static final JsonProvider JSON = JsonProvider.provider();

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject Clock clock;

  void record(@Observes DomainEvent event) {
    em.persist(
        new RecordedEvent(
            event.type(),
            event.occurredAt(),
            clock.instant(),
            event.subject(),
            event.subjectId(),
            event.clientId(),
            event.visibleTo(),
            json(event.data())));
  }

  static String json(Map<String, Object> data) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(json, null, data);
    }
    return out.toString();
  }

  private static void write(JsonGenerator json, String name, Object value) {
    if (name != null) {
      json.writeKey(name);
    }
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      map.forEach((key, inner) -> write(json, String.valueOf(key), inner));
      json.writeEnd();
    } else if (value instanceof Collection<?> list) {
      json.writeStartArray();
      list.forEach(item -> write(json, null, item));
      json.writeEnd();
    } else if (value instanceof Boolean flag) {
      json.write(flag);
    } else if (value instanceof BigDecimal decimal) {
      json.write(decimal);
    } else if (value instanceof Number number) {
      json.write(number.longValue());
    } else {
      json.write(value.toString());
    }
  }
}
