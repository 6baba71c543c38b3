package org.metalcart.stock;

import java.time.Instant;

/**
 * A plan's stock: {@code free} servers DCImanager has for its Package Name (not claimed in
 * Metalcart; at most {@link Stock#COUNTED}, {@code more} when there may be more), {@code waiting}
 * services of plans of that Package Name still waiting for one, and what is left for new orders.
 * {@code countedAt}: when DCImanager was asked (the free count is cached briefly).
 */
public record StockLevel(int free, boolean more, long waiting, Instant countedAt) {

  /** Servers a new order can still get. */
  public long available() {
    return Math.max(0, free - waiting);
  }

  /** Under the plan's threshold (0: never). */
  public boolean low(int threshold) {
    return threshold > 0 && !more && available() < threshold;
  }
}
