package org.metalcart.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Finds, claims and gives back queued work of any kind, in the caller's transaction. The claim is
 * one conditional UPDATE: of two workers (threads or instances) only one changes the row, so only
 * one works on it; the version goes up so that a writer holding the row in memory notices.
 */
@ApplicationScoped
public class WorkQueue {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject Clock clock;

  protected WorkQueue() {
    // for CDI
  }

  /** A queue on {@code em}, outside a container (tests of each kind's queue on both databases). */
  public WorkQueue(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Ids of work due now and held by nobody (or whose lease ran out), oldest first. */
  public List<Long> due(Class<? extends QueuedWork> type, int max) {
    Shape shape = shape(type);
    return em.createQuery(
            "select w."
                + shape.id
                + " from "
                + shape.entity
                + " w where w.state in ('QUEUED', 'RUNNING') and w.nextRunAt <= :now"
                + " and (w.leaseUntil is null or w.leaseUntil < :now) order by w.nextRunAt",
            Long.class)
        .setParameter("now", clock.instant())
        .setMaxResults(max)
        .getResultList();
  }

  /** Takes the work for {@code holder} if it is due and nobody holds it; atomic in the database. */
  public boolean claim(Class<? extends QueuedWork> type, long id, String holder, Duration lease) {
    Shape shape = shape(type);
    Instant now = clock.instant();
    return em.createQuery(
                "update "
                    + shape.entity
                    + " w set w.leaseHolder = :holder, w.leaseUntil = :until,"
                    + " w.state = 'RUNNING', w.version = w.version + 1"
                    + " where w."
                    + shape.id
                    + " = :id and w.state in ('QUEUED', 'RUNNING') and w.nextRunAt <= :now"
                    + " and (w.leaseUntil is null or w.leaseUntil < :now)")
            .setParameter("holder", holder)
            .setParameter("until", now.plus(lease))
            .setParameter("now", now)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  /**
   * Gives back the leases an earlier life of this instance held when it stopped (crashed or
   * killed): their work is resumed now instead of when the leases run out. Returns how many.
   */
  public int releaseLeasesOf(Class<? extends QueuedWork> type, String instanceName) {
    return em.createQuery(
            "update "
                + shape(type).entity
                + " w set w.leaseHolder = null, w.leaseUntil = null, w.state = 'QUEUED',"
                + " w.version = w.version + 1 where w.leaseHolder like :instance")
        .setParameter("instance", instanceName + "/%")
        .executeUpdate();
  }

  private record Shape(String entity, String id) {}

  private Shape shape(Class<? extends QueuedWork> type) {
    EntityType<? extends QueuedWork> entity = em.getMetamodel().entity(type);
    return new Shape(entity.getName(), entity.getId(entity.getIdType().getJavaType()).getName());
  }
}
