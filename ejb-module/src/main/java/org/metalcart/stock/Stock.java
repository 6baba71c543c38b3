package org.metalcart.stock;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    return Optional.ofNullable(of(List.of(product)).get(product.id()));
  }

  /**
   * The stock of each plan, by plan id (a plan whose stock DCImanager cannot tell is left out): one
   * DCImanager question per Package Name not asked lately, and two queries for the lot, however
   * many plans a page lists.
   */
  public Map<Long, StockLevel> of(List<Product> products) {
    Map<String, FreeServerCounts.Counted> free = new HashMap<>();
    for (Product product : products) {
      String packageName = product.moduleSettings().packageName();
      if (!free.containsKey(packageName)) {
        free.put(packageName, counts.of(packageName).orElse(null));
      }
    }
    free.values().removeIf(Objects::isNull);
    Set<String> claimed = claimed(free.values());
    Map<String, Long> waiting = waiting(free.keySet());
    Map<Long, StockLevel> levels = new HashMap<>();
    for (Product product : products) {
      String packageName = product.moduleSettings().packageName();
      FreeServerCounts.Counted counted = free.get(packageName);
      if (counted != null) {
        int unclaimed =
            (int) counted.serverIds().stream().filter(id -> !claimed.contains(id)).count();
        levels.put(
            product.id(),
            new StockLevel(
                unclaimed, counted.more(), waiting.getOrDefault(packageName, 0L), counted.at()));
      }
    }
    return levels;
  }

  /**
   * The servers among those counted free that Metalcart has claimed, asked a thousand at a time.
   */
  private Set<String> claimed(Collection<FreeServerCounts.Counted> counted) {
    List<String> ids = counted.stream().flatMap(c -> c.serverIds().stream()).distinct().toList();
    Set<String> claimed = new HashSet<>();
    for (int from = 0; from < ids.size(); from += 1000) {
      claimed.addAll(commands.claimedAmong(ids.subList(from, Math.min(ids.size(), from + 1000))));
    }
    return claimed;
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
   * Services of plans of these Package Names waiting for a server, per Package Name: Pending, no
   * server yet and none claimed (a claimed one is no longer among the free).
   */
  private Map<String, Long> waiting(Set<String> packageNames) {
    Map<String, Long> waiting = new HashMap<>();
    if (packageNames.isEmpty()) {
      return waiting;
    }
    em.createQuery(
            "select p.moduleSettings.packageName, count(s) from Service s, Product p"
                + " where s.productId = p.id and p.moduleSettings.packageName in :packageNames"
                + " and s.status = org.metalcart.services.ServiceStatus.PENDING"
                + " and s.serverId is null"
                + " and not exists (select c from ServerClaim c where c.serviceId = s.id)"
                + " group by p.moduleSettings.packageName",
            Object[].class)
        .setParameter("packageNames", packageNames)
        .getResultList()
        .forEach(row -> waiting.put((String) row[0], (Long) row[1]));
    return waiting;
  }
}
