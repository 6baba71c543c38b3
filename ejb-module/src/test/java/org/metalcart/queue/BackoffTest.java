package org.metalcart.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void theWaitDoublesUpToItsCap() {
    Backoff outage = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));
    assertEquals(Duration.ofSeconds(5), outage.after(1));
    assertEquals(Duration.ofSeconds(10), outage.after(2));
    assertEquals(Duration.ofSeconds(160), outage.after(6));
    assertEquals(Duration.ofMinutes(5), outage.after(7));
    assertEquals(Duration.ofMinutes(5), outage.after(1_000));
  }

  @Test
  void totalAddsTheWaitsOfTheFailedAttempts() {
    Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(4));
    // 1 + 2 + 4 + 8 minutes
    assertEquals(Duration.ofMinutes(15), backoff.total(4));
  }
}
