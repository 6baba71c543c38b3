package org.metalcart.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.QueryConditions;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Stores and finds orders. Runs in the caller's transaction. */
@ApplicationScoped
public class OrderRepository {

  @PersistenceContext(unitName = "metalcart")
  private EntityManager em;

  public Optional<CustomerOrder> find(long id) {
    return Optional.ofNullable(em.find(CustomerOrder.class, id));
  }

  public Optional<CustomerOrder> byIdempotencyKey(String createdBy, String key) {
    return em.createNamedQuery("CustomerOrder.byIdempotencyKey", CustomerOrder.class)
        .setParameter("createdBy", createdBy)
        .setParameter("idempotencyKey", key)
        .getResultStream()
        .findFirst();
  }

  /** Orders newest first, in a status when given: the console's list. */
  public Page<CustomerOrder> latest(PageRequest page, OrderStatus status) {
    return new QueryConditions()
        .equal("o.status", "status", status)
        .page(em, CustomerOrder.class, "o", "o.id desc", page);
  }

  /** Orders newest first, of one creator, client and status where given (null: any). */
  public Page<CustomerOrder> latest(
      PageRequest page, String createdBy, Long clientId, OrderStatus status) {
    return new QueryConditions()
        .equal("o.createdBy", "createdBy", createdBy)
        .equal("o.clientId", "clientId", clientId)
        .equal("o.status", "status", status)
        .page(em, CustomerOrder.class, "o", "o.id desc", page);
  }

  public Page<CustomerOrder> list(PageRequest page, String createdBy, OrderStatus status) {
    return JpaPages.page(
        em.createNamedQuery("CustomerOrder.matching", CustomerOrder.class)
            .setParameter("createdBy", createdBy)
            .setParameter("status", status),
        em.createNamedQuery("CustomerOrder.countMatching", Long.class)
            .setParameter("createdBy", createdBy)
            .setParameter("status", status),
        page);
  }

  /**
   * Stores a new order. Its random number or its idempotency key may collide with another order's
   * stored at the same moment: the unique constraints settle it, and the request can be repeated.
   */
  public CustomerOrder store(CustomerOrder order) {
    return UniqueConstraints.persistUnique(
        em,
        order,
        false,
        () ->
            new ConflictException(
                "another order with the same Idempotency-Key (or number) was being placed at the"
                    + " same moment; repeat the request to get that order",
                null));
  }
}
