package org.metalcart.webhooks;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.queue.WorkQueued;
import org.metalcart.security.Secrets;
import org.metalcart.shared.Caller;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.InvalidInputException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The door of webhooks: endpoints registered, listed and deleted by their owner (a cart sees its
 * own, an admin all), their deliveries with every attempt, and redelivery on demand.
 */
@Stateless
public class Webhooks {

  /** Endpoints one credential may register: enough for any cart, not a flood. */
  static final int MAX_ENDPOINTS = 20;

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject Destinations destinations;

  @Inject Secrets secrets;

  @Inject Clock clock;

  @Inject Event<WorkQueued> queued;

  /** A new endpoint and its secret, which is shown this once. */
  public record Registered(WebhookEndpoint endpoint, String secret) {}

  public Registered register(
      String url, List<String> eventTypes, String description, Caller caller) {
    Optional<String> refused = destinations.refusal(url);
    if (refused.isPresent()) {
      throw new InvalidInputException("url", "url " + refused.get());
    }
    long owned =
        em.createQuery("select count(e) from WebhookEndpoint e where e.owner = :owner", Long.class)
            .setParameter("owner", caller.identifier())
            .getSingleResult();
    if (owned >= MAX_ENDPOINTS) {
      throw new ConflictException(
          "a credential may register " + MAX_ENDPOINTS + " webhook endpoints; delete one first",
          null);
    }
    String secret = WebhookSignature.newSecret();
    WebhookEndpoint endpoint =
        new WebhookEndpoint(
            url,
            eventTypes,
            description,
            secrets.seal(secret),
            caller.identifier(),
            caller.seesAll(),
            clock.instant());
    em.persist(endpoint);
    return new Registered(endpoint, secret);
  }

  public Page<WebhookEndpoint> endpoints(PageRequest page, Caller caller) {
    String where = caller.seesAll() ? "" : " where e.owner = :owner";
    TypedQuery<WebhookEndpoint> list =
        em.createQuery(
            "select e from WebhookEndpoint e" + where + " order by e.id", WebhookEndpoint.class);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from WebhookEndpoint e" + where, Long.class);
    if (!caller.seesAll()) {
      list.setParameter("owner", caller.identifier());
      count.setParameter("owner", caller.identifier());
    }
    return JpaPages.page(list, count, page);
  }

  public WebhookEndpoint endpoint(long id, Caller caller) {
    WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
    if (endpoint == null || !(caller.seesAll() || caller.identifier().equals(endpoint.owner()))) {
      throw new NotFoundException("webhook endpoint", id);
    }
    return endpoint;
  }

  /** Deletes the endpoint with its deliveries: nothing more is sent to it. */
  public void delete(long id, Caller caller) {
    em.remove(endpoint(id, caller));
  }

  /** An endpoint's deliveries, newest first. */
  public Page<WebhookDelivery> deliveries(long endpointId, PageRequest page, Caller caller) {
    endpoint(endpointId, caller);
    return JpaPages.page(
        em.createQuery(
                "select d from WebhookDelivery d where d.endpointId = :endpoint order by d.id desc",
                WebhookDelivery.class)
            .setParameter("endpoint", endpointId),
        em.createQuery(
                "select count(d) from WebhookDelivery d where d.endpointId = :endpoint", Long.class)
            .setParameter("endpoint", endpointId),
        page);
  }

  /** The latest deliveries to every endpoint (admins: the console's log). */
  public Page<WebhookDelivery> latestDeliveries(PageRequest page) {
    return JpaPages.page(
        em.createQuery("select d from WebhookDelivery d order by d.id desc", WebhookDelivery.class),
        em.createQuery("select count(d) from WebhookDelivery d", Long.class),
        page);
  }

  public WebhookDelivery delivery(long id, Caller caller) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
    if (delivery == null) {
      throw new NotFoundException("webhook delivery", id);
    }
    try {
      endpoint(delivery.endpointId(), caller);
    } catch (NotFoundException e) {
      throw new NotFoundException("webhook delivery", id);
    }
    return delivery;
  }

  /** Every attempt at a delivery, oldest first. */
  public List<WebhookAttempt> attempts(long deliveryId, Caller caller) {
    delivery(deliveryId, caller);
    return em.createQuery(
            "select a from WebhookAttempt a where a.deliveryId = :delivery order by a.id",
            WebhookAttempt.class)
        .setParameter("delivery", deliveryId)
        .getResultList();
  }

  /** Sends a delivery again, as it was, in a new round of attempts. */
  public WebhookDelivery redeliver(long id, Caller caller) {
    WebhookDelivery delivery = delivery(id, caller);
    if (delivery.status() == DeliveryStatus.PENDING) {
      throw new ConflictException(
          "webhook delivery " + id + " is still being attempted; it is sent by itself", null);
    }
    delivery.redeliver(clock.instant());
    queued.fire(new WorkQueued(WebhookSender.KIND, id));
    return delivery;
  }
}
