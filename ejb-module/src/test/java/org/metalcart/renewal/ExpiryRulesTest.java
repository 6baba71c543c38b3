package org.metalcart.renewal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.metalcart.catalog.BillingCycle;

/** When renewals are invoiced and unpaid services blocked and released, by a controlled clock. */
class ExpiryRulesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate DUE = LocalDate.of(2026, 3, 1);

  private static ExpiryRules at(Clock clock, int graceDays) {
    return new ExpiryRules(
        clock.instant(), BERLIN, graceDays, 14, c -> c == BillingCycle.ANNUALLY ? 30 : 14);
  }

  private static Clock clock(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void aServiceIsBlockedFromTheStartOfTheDayAfterItsDueDatePlusTheGraceDays() {
    // Due 1 March, 2 grace days: paid up to the end of 3 March, Berlin time.
    Instant blockedFrom = LocalDate.of(2026, 3, 4).atStartOfDay(BERLIN).toInstant();
    assertEquals(blockedFrom, at(clock(blockedFrom), 2).blockedFrom(DUE));

    Clock oneSecondBefore = Clock.offset(clock(blockedFrom), Duration.ofSeconds(-1));
    Clock oneSecondAfter = Clock.offset(clock(blockedFrom), Duration.ofSeconds(1));
    assertFalse(at(oneSecondBefore, 2).expired(BillingCycle.MONTHLY, DUE));
    assertTrue(at(oneSecondAfter, 2).expired(BillingCycle.MONTHLY, DUE));
  }

  @Test
  void withoutGraceDaysTheDueDateItselfMayStillBePaid() {
    Instant endOfDueDate = LocalDate.of(2026, 3, 2).atStartOfDay(BERLIN).toInstant();
    assertFalse(at(clock(endOfDueDate.minusSeconds(1)), 0).expired(BillingCycle.MONTHLY, DUE));
    assertTrue(at(clock(endOfDueDate.plusSeconds(1)), 0).expired(BillingCycle.MONTHLY, DUE));
  }

  @Test
  void servicesThatAreNotRenewedNeverExpire() {
    Instant muchLater = Instant.parse("2030-01-01T00:00:00Z");
    assertFalse(at(clock(muchLater), 0).expired(BillingCycle.ONE_TIME, DUE));
    assertFalse(at(clock(muchLater), 0).expired(BillingCycle.FREE, DUE));
    assertFalse(at(clock(muchLater), 0).renewalInvoiceDue(BillingCycle.FREE, DUE));
  }

  @Test
  void theRenewalIsInvoicedTheLeadDaysOfItsCycleAhead() {
    Instant fourteenDaysAhead = LocalDate.of(2026, 2, 15).atStartOfDay(BERLIN).toInstant();
    ExpiryRules rules = at(clock(fourteenDaysAhead), 0);
    assertTrue(rules.renewalInvoiceDue(BillingCycle.MONTHLY, DUE));
    assertFalse(rules.renewalInvoiceDue(BillingCycle.MONTHLY, DUE.plusDays(1)));
    assertTrue(rules.renewalInvoiceDue(BillingCycle.ANNUALLY, DUE.plusDays(16)), "30 lead days");
    assertFalse(rules.renewalInvoiceDue(BillingCycle.ANNUALLY, DUE.plusDays(17)));
    assertFalse(
        at(clock(fourteenDaysAhead.minusSeconds(1)), 0)
            .renewalInvoiceDue(BillingCycle.MONTHLY, DUE));
  }

  @Test
  void aBlockedServiceIsReleasedAfterTheReleaseDays() {
    Instant suspendedAt = Instant.parse("2026-03-02T02:30:00Z");
    Instant releasedFrom = Instant.parse("2026-03-16T02:30:00Z");
    assertEquals(releasedFrom, at(clock(suspendedAt), 0).releasedFrom(suspendedAt));
    assertFalse(at(clock(releasedFrom.minusSeconds(1)), 0).releaseDue(suspendedAt));
    assertTrue(at(clock(releasedFrom.plusSeconds(1)), 0).releaseDue(suspendedAt));
  }

  @Test
  void anExemptionHoldsUpToAndIncludingItsDay() {
    LocalDate until = LocalDate.of(2026, 3, 10);
    Instant lastDay = LocalDate.of(2026, 3, 10).atTime(23, 59, 59).atZone(BERLIN).toInstant();
    assertTrue(at(clock(lastDay), 0).exempt(until));
    assertFalse(at(clock(lastDay.plusSeconds(1)), 0).exempt(until));
    assertFalse(at(clock(lastDay), 0).exempt(null));
  }
}
