package org.metalcart.webhooks;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.metalcart.queue.WorkQueue;
import org.metalcart.security.Secrets;

/**
 * The deliveries' side of the work queue: each attempt is recorded in a transaction of its own,
 * while the HTTP request itself runs outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookQueue {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject WorkQueue queue;

  @Inject WebhookSettings settings;

  @Inject Secrets secrets;

  @Inject Clock clock;

  /** A delivery ready to send: where, with which secret, what. */
  public record Outgoing(
      long id, String url, String secret, String body, long eventId, String type) {}

  public List<Long> due(int max) {
    return queue.due(WebhookDelivery.class, max);
  }

  public int releaseLeasesOf(String instanceName) {
    return queue.releaseLeasesOf(WebhookDelivery.class, instanceName);
  }

  /**
   * Takes the delivery for {@code holder} if it is due and nobody has it, and returns what to send.
   * One transaction: the claim and the read.
   */
  public Optional<Outgoing> take(long id, String holder) {
    if (!queue.claim(WebhookDelivery.class, id, holder, settings.lease())) {
      return Optional.empty();
    }
    WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
    if (delivery == null) {
      return Optional.empty();
    }
    WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, delivery.endpointId());
    return Optional.of(
        new Outgoing(
            id,
            endpoint.url(),
            secrets.open(endpoint.sealedSecret()),
            delivery.body(),
            delivery.eventId(),
            delivery.eventType()));
  }

  /**
   * Records an attempt: delivered on a 2xx, else due again after the backoff, or failed when the
   * attempts are spent.
   */
  public void attempted(
      long id, Instant at, Integer statusCode, long durationMillis, String error) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (delivery == null) {
      return; // its endpoint was deleted meanwhile
    }
    em.persist(new WebhookAttempt(id, at, statusCode, durationMillis, error));
    if (error == null) {
      delivery.delivered(statusCode, clock.instant());
      return;
    }
    int attempt = delivery.failedAttempt();
    Instant next =
        attempt >= settings.maxAttempts()
            ? null
            : clock.instant().plus(settings.backoff().after(attempt));
    delivery.attemptFailed(statusCode, error, next);
  }
}
