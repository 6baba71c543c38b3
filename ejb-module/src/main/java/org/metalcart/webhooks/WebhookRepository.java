package org.metalcart.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The endpoints and deliveries, in the caller's transaction. */
@ApplicationScoped
public class WebhookRepository {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  /**
   * The enabled endpoints. Asked for every event, inside the event's transaction: without an
   * automatic flush of what that transaction wrote so far (it changes no endpoint).
   */
  List<WebhookEndpoint> enabledEndpoints() {
    return em.createQuery(
            "select e from WebhookEndpoint e where e.enabled = true order by e.id",
            WebhookEndpoint.class)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  WebhookDelivery store(WebhookDelivery delivery) {
    em.persist(delivery);
    return delivery;
  }
}
