package org.metalcart.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test only, added to the deployment of the tests that need days to pass: replaces the
 * application's clock with one that runs at real speed, shifted by an offset the test sets through
 * {@link ClockResource}. Never part of the application's WAR.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TravellingClock {

  private static volatile Duration offset = Duration.ZERO;

  static void shift(Duration by) {
    offset = by;
  }

  @Produces
  public Clock clock() {
    return new Shifted(ZoneOffset.UTC);
  }

  /** The system clock plus the current offset, read at every call. */
  private static final class Shifted extends Clock {
    private final ZoneId zone;

    Shifted(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new Shifted(zone);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }
}
