package org.metalcart.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.StockPolicy;
import org.metalcart.dcim.DcimException;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimServer;
import org.metalcart.provisioning.ModuleCommands;

/**
 * The door of stock: a plan's free servers, counted with provisioning's own rule, and the check an
 * order of a plan that refuses to wait must pass. DCImanager's answer is kept for a short while
 * ({@code metalcart.stock.cache-seconds}): a busy shop asks once per plan, not once per order. What
 * Metalcart itself knows (servers claimed, services waiting) is read fresh every time.
 */
@ApplicationScoped
public class Stock {

  private static final Logger LOG = Logger.getLogger(Stock.class.getName());

  /** Free servers looked at per plan at most: beyond that, stock is plenty. */
  public static final int COUNTED = 100;

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject DcimGateway dcim;

  @Inject ModuleCommands commands;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "metalcart.stock.cache-seconds", defaultValue = "30")
  double cacheSeconds;

  /** DCImanager's answer for a Package Name: the free servers' ids, or null when it gave none. */
  private record Counted(List<String> serverIds, boolean more, Instant at) {
    boolean known() {
      return serverIds != null;
    }
  }

  /**
   * The latest answer per Package Name, an unknown one too (DCImanager down is not asked again at
   * once).
   */
  private final Map<String, Counted> counted = new ConcurrentHashMap<>();

  /** The plan's stock now; empty when DCImanager cannot be reached. */
  public Optional<StockLevel> of(Product product) {
    String packageName = product.moduleSettings().packageName();
    Optional<Counted> free = freeServers(packageName);
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

  private Optional<Counted> freeServers(String packageName) {
    Instant now = clock.instant();
    Counted known = counted.get(packageName);
    if (known == null
        || !known.at().plus(Duration.ofMillis(Math.round(cacheSeconds * 1000))).isAfter(now)) {
      known = ask(packageName, now);
      counted.put(packageName, known);
    }
    return known.known() ? Optional.of(known) : Optional.empty();
  }

  private Counted ask(String packageName, Instant now) {
    try {
      List<DcimServer> free = dcim.findFreeServers(packageName, COUNTED);
      return new Counted(free.stream().map(DcimServer::id).toList(), free.size() >= COUNTED, now);
    } catch (DcimException e) {
      LOG.log(Level.FINE, "Stock of " + packageName + " unknown: DCImanager cannot be asked", e);
      return new Counted(null, false, now);
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
