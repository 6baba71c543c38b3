package org.metalcart.stock;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.StockPolicy;
import org.metalcart.provisioning.ModuleCommands;

/**
 * The door of stock: a plan's free servers, counted with provisioning's own rule, and the check an
 * order of a plan that refuses to wait must pass. DCImanager's answer is kept for a short while
 * ({@link FreeServerCounts}); what Metalcart itself knows (servers claimed, services waiting) is
 * read fresh every time. An EJB, not a CDI bean: in the EAR the web module reaches the persistence
 * unit only through the EJB module's components (a CDI bean's injected EntityManager fails there).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Stock {

  /** Free servers looked at per plan at most: beyond that, stock is plenty. */
  public static final int COUNTED = 100;

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject FreeServerCounts counts;

  @Inject ModuleCommands commands;

  /** The plan's stock now; empty when DCImanager cannot be reached. */
  public Optional<StockLevel> of(Product product) {
    String packageName = product.moduleSettings().packageName();
    Optional<FreeServerCounts.Counted> free = counts.of(packageName);
    if (free.isEmpty()) {
      return Optional.empty();
    }
    List<String> ids = free.get().serverIds();
    int unclaimed = ids.size() - commands.claimedAmong(ids).size();
    return Optional.of(
        new StockLevel(unclaimed, free.get().more(), waiting(packageName), free.get().at()));
  }

  /**
   * Refuses {@code quantity} new servers of a plan whose policy is REFUSE when fewer are available.
   * A plan that waits is never refused; when DCImanager cannot be asked the order is taken (its
   * service waits, as it would have before stock was counted) rather than lost.
   */
  public void checkOrderable(Product product, int quantity, String field) {
    if (product.stockPolicy() != StockPolicy.REFUSE) {
      return;
    }
    Optional<StockLevel> level = of(product);
    if (level.isPresent() && level.get().available() < quantity) {
      throw new OutOfStockException(
          "plan '"
              + product.name()
              + "' is out of stock: "
              + level.get().available()
              + " server(s) free for "
              + quantity
              + " ordered; it takes no orders it cannot deliver",
          field);
    }
  }

  /**
   * Services of plans of this Package Name waiting for a server: Pending, no server yet and none
   * claimed (a claimed one is no longer among the free).
   */
  private long waiting(String packageName) {
    return em.createQuery(
            "select count(s) from Service s, Product p where s.productId = p.id"
                + " and p.moduleSettings.packageName = :packageName"
                + " and s.status = org.metalcart.services.ServiceStatus.PENDING"
                + " and s.serverId is null"
                + " and not exists (select c from ServerClaim c where c.serviceId = s.id)",
            Long.class)
        .setParameter("packageName", packageName)
        .getSingleResult();
  }
}
