package org.metalcart.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.metalcart.dcim.DcimException;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimServer;

/**
 * DCImanager's free servers per Package Name, by provisioning's rule, kept for {@code
 * metalcart.stock.cache-seconds}: a busy shop asks once per plan, not once per order. An answer
 * DCImanager could not give is kept as long, so that a DCImanager that is down is not asked again
 * by every page.
 */
@ApplicationScoped
class FreeServerCounts {

  private static final Logger LOG = Logger.getLogger(FreeServerCounts.class.getName());

  @Inject DcimGateway dcim;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "metalcart.stock.cache-seconds", defaultValue = "30")
  double cacheSeconds;

  /** DCImanager's answer for a Package Name: the free servers' ids, or null when it gave none. */
  record Counted(List<String> serverIds, boolean more, Instant at) {
    boolean known() {
      return serverIds != null;
    }
  }

  private final Map<String, Counted> counted = new ConcurrentHashMap<>();

  /** The free servers of the Package Name (at most {@link Stock#COUNTED}); empty when unknown. */
  Optional<Counted> of(String packageName) {
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
      List<DcimServer> free = dcim.findFreeServers(packageName, Stock.COUNTED);
      return new Counted(
          free.stream().map(DcimServer::id).toList(), free.size() >= Stock.COUNTED, now);
    } catch (DcimException e) {
      LOG.log(Level.FINE, "Stock of " + packageName + " unknown: DCImanager cannot be asked", e);
      return new Counted(null, false, now);
    }
  }
}
