package org.metalcart.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The endpoints and deliveries, in the caller's transaction. */
@ApplicationScoped
public class WebhookRepository {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  List<WebhookEndpoint> enabledEndpoints() {
    return em.createQuery(
            "select e from WebhookEndpoint e where e.enabled = true order by e.id",
            WebhookEndpoint.class)
        .getResultList();
  }

  WebhookDelivery store(WebhookDelivery delivery) {
    em.persist(delivery);
    return delivery;
  }
}
