package org.metalcart.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.metalcart.platform.JsonValues;
import org.metalcart.shared.DomainEvent;

/**
 * Writes every domain event to {@code domain_event} in the transaction that fired it: the event
 * exists exactly when what it tells of was committed. Then, in the same transaction, it tells who
 * follows the log ({@link EventRecorded}).
 */
@ApplicationScoped
public class EventLog {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject Clock clock;

  @Inject Event<EventRecorded> recorded;

  void record(@Observes DomainEvent event) {
    RecordedEvent entry =
        new RecordedEvent(
            event.type(),
            event.occurredAt(),
            clock.instant(),
            event.subject(),
            event.subjectId(),
            event.clientId(),
            event.visibleTo(),
            json(event.data()));
    em.persist(entry);
    recorded.fire(new EventRecorded(entry));
  }

  static String json(Map<String, Object> data) {
    StringWriter out = new StringWriter();
    JsonValues.write(data, out);
    return out.toString();
  }
}
