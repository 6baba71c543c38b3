package org.metalcart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

  private final SignInThrottle throttle = new SignInThrottle();

  private Instant now = START;

  private Optional<Duration> fail(String username) {
    return throttle.failed(username, now);
  }

  private void later(Duration duration) {
    now = now.plus(duration);
  }

  @Test
  void fourWrongPasswordsHoldNothingTheFifthHoldsTheUsernameForThirtySeconds() {
    for (int i = 0; i < 4; i++) {
      assertEquals(Optional.empty(), fail("operator"));
      assertEquals(Optional.empty(), throttle.heldFor("operator", now));
    }
    assertEquals(Optional.of(Duration.ofSeconds(30)), fail("operator"));
    later(Duration.ofSeconds(10));
    assertEquals(Optional.of(Duration.ofSeconds(20)), throttle.heldFor("operator", now));
    assertEquals(Optional.empty(), throttle.heldFor("someone-else", now), "others are not held");
    later(Duration.ofSeconds(20));
    assertEquals(Optional.empty(), throttle.heldFor("operator", now), "the hold ends");
  }

  @Test
  void eachFurtherFailureDoublesTheHoldUpToFifteenMinutes() {
    for (int i = 0; i < 5; i++) {
      fail("operator");
    }
    long[] expectedSeconds = {60, 120, 240, 480, 900, 900};
    for (long seconds : expectedSeconds) {
      later(Duration.ofMinutes(16));
      assertEquals(Optional.of(Duration.ofSeconds(seconds)), fail("operator"));
    }
  }

  @Test
  void aSuccessOrAnHourWithoutFailuresStartsTheCountOver() {
    for (int i = 0; i < 4; i++) {
      fail("operator");
    }
    throttle.succeeded("operator");
    assertEquals(Optional.empty(), fail("operator"), "counted from one again after a success");

    for (int i = 0; i < 3; i++) {
      fail("operator");
    }
    later(Duration.ofMinutes(61));
    assertEquals(Optional.empty(), fail("operator"), "counted from one again after an hour");
  }

  @Test
  void theUsernameCountsWhateverItsCaseOrSpacesAndUnknownOnesAreCountedToo() {
    fail("Operator");
    fail(" operator ");
    fail("OPERATOR");
    fail("operator");
    assertTrue(fail("operator").isPresent());
    assertTrue(throttle.heldFor("OPERATOR ", now).isPresent());

    for (int i = 0; i < 5; i++) {
      fail(null);
    }
    assertTrue(throttle.heldFor(null, now).isPresent(), "no username is a username too");
  }

  @Test
  void theHoldDurationsAreTheDocumentedOnes() {
    assertEquals(Duration.ofSeconds(30), SignInThrottle.hold(0));
    assertEquals(Duration.ofSeconds(60), SignInThrottle.hold(1));
    assertEquals(Duration.ofMinutes(15), SignInThrottle.hold(5));
    assertEquals(Duration.ofMinutes(15), SignInThrottle.hold(Integer.MAX_VALUE));
  }
}
