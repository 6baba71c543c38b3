package org.metalcart.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingCycleTest {

  @Test
  void eachRecurringCycleAddsItsMonths() {
    LocalDate due = LocalDate.of(2026, 1, 15);
    assertEquals(LocalDate.of(2026, 2, 15), BillingCycle.MONTHLY.after(due));
    assertEquals(LocalDate.of(2026, 4, 15), BillingCycle.QUARTERLY.after(due));
    assertEquals(LocalDate.of(2026, 7, 15), BillingCycle.SEMI_ANNUALLY.after(due));
    assertEquals(LocalDate.of(2027, 1, 15), BillingCycle.ANNUALLY.after(due));
    assertEquals(LocalDate.of(2028, 1, 15), BillingCycle.BIENNIALLY.after(due));
    assertEquals(LocalDate.of(2029, 1, 15), BillingCycle.TRIENNIALLY.after(due));
  }

  @Test
  void theEndOfALongMonthMovesToTheEndOfAShortOne() {
    assertEquals(LocalDate.of(2027, 2, 28), BillingCycle.MONTHLY.after(LocalDate.of(2027, 1, 31)));
    assertEquals(LocalDate.of(2028, 2, 29), BillingCycle.MONTHLY.after(LocalDate.of(2028, 1, 31)));
  }

  @Test
  void oneTimeAndFreeAreNeverRenewed() {
    assertThrows(IllegalStateException.class, () -> BillingCycle.ONE_TIME.after(LocalDate.now()));
    assertThrows(IllegalStateException.class, () -> BillingCycle.FREE.after(LocalDate.now()));
  }
}
