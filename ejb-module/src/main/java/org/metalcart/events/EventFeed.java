package org.metalcart.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.shared.Caller;

/**
 * The event feed: events after a cursor, in order, those the caller may see. Only events recorded
 * at least {@code metalcart.events.feed-settle-seconds} ago are given: ids are taken when an event
 * is written, and a transaction that took an id earlier may commit later; after the settle time
 * every earlier id has committed (or never will), so a reader that keeps the last id it saw misses
 * nothing.
 */
@Stateless
public class EventFeed {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "metalcart.events.feed-settle-seconds", defaultValue = "5")
  int settleSeconds;

  public List<RecordedEvent> after(long after, int limit, String type, Caller caller) {
    return em.createNamedQuery("RecordedEvent.after", RecordedEvent.class)
        .setParameter("after", after)
        .setParameter("settled", clock.instant().minus(Duration.ofSeconds(settleSeconds)))
        .setParameter("owner", caller.seesAll() ? null : caller.identifier())
        .setParameter("type", type)
        .setMaxResults(limit)
        .getResultList();
  }
}
