package org.metalcart.catalog;

import java.time.LocalDate;
import java.time.Period;

/** How often a service is billed. The names are the ones WHMCS operators know. */
public enum BillingCycle {
  MONTHLY(1),
  QUARTERLY(3),
  SEMI_ANNUALLY(6),
  ANNUALLY(12),
  BIENNIALLY(24),
  TRIENNIALLY(36),
  /** Paid once, never renewed. */
  ONE_TIME(0),
  /** Never invoiced. */
  FREE(0);

  private final int months;

  BillingCycle(int months) {
    this.months = months;
  }

  public boolean isRecurring() {
    return months > 0;
  }

  /**
   * The due date one cycle after {@code dueDate}. Month arithmetic clamps to the end of a shorter
   * month (31 January + 1 month = 28 or 29 February), as billing systems do.
   */
  public LocalDate after(LocalDate dueDate) {
    if (!isRecurring()) {
      throw new IllegalStateException(this + " is not a recurring billing cycle");
    }
    return dueDate.plus(Period.ofMonths(months));
  }
}
