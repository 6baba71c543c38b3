package org.metalcart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now". Business code injects a {@link Clock} instead of calling Instant.now(),
 * so that tests of due dates and expiry can move time.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
