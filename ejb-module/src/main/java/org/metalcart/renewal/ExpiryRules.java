package org.metalcart.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.ToIntFunction;
import org.metalcart.catalog.BillingCycle;

/**
 * When a service is invoiced for renewal, blocked and released, as of one instant (a job run's
 * "now", kept when the run is restarted). Dates are days in the billing time zone.
 *
 * <p>A service due on day D is paid up to the end of D - 1: the renewal is invoiced from D - lead
 * days; it is overdue from D + 1 (an invoice due on D may still be paid that day); with g grace
 * days it is blocked from the start of day D + g + 1. A blocked service is released when it has
 * been suspended for the release days.
 */
public final class ExpiryRules {

  private final Instant asOf;
  private final ZoneId zone;
  private final int graceDays;
  private final int releaseDays;
  private final ToIntFunction<BillingCycle> leadDays;
  private final LocalDate today;

  public ExpiryRules(
      Instant asOf,
      ZoneId zone,
      int graceDays,
      int releaseDays,
      ToIntFunction<BillingCycle> leadDays) {
    this.asOf = asOf;
    this.zone = zone;
    this.graceDays = graceDays;
    this.releaseDays = releaseDays;
    this.leadDays = leadDays;
    this.today = LocalDate.ofInstant(asOf, zone);
  }

  public LocalDate today() {
    return today;
  }

  /** The renewal of the period starting on {@code dueDate} is to be invoiced now. */
  public boolean renewalInvoiceDue(BillingCycle cycle, LocalDate dueDate) {
    return cycle.isRecurring() && !dueDate.minusDays(leadDays.applyAsInt(cycle)).isAfter(today);
  }

  /** The latest due date that is overdue past the grace days: those on or before it are blocked. */
  public LocalDate lastExpiredDueDate() {
    return today.minusDays(graceDays + 1L);
  }

  /** A service of {@code cycle} due on {@code dueDate} and still unpaid is to be blocked. */
  public boolean expired(BillingCycle cycle, LocalDate dueDate) {
    return cycle.isRecurring() && !dueDate.isAfter(lastExpiredDueDate());
  }

  /** The instant from which a service due on {@code dueDate} is blocked. */
  public Instant blockedFrom(LocalDate dueDate) {
    return dueDate.plusDays(graceDays + 1L).atStartOfDay(zone).toInstant();
  }

  /** An admin exempted the service from automatic suspension up to and including that day. */
  public boolean exempt(LocalDate exemptUntil) {
    return exemptUntil != null && !exemptUntil.isBefore(today);
  }

  /** A service suspended for non-payment at {@code suspendedAt} is to be released now. */
  public boolean releaseDue(Instant suspendedAt) {
    return suspendedAt != null && !releasedFrom(suspendedAt).isAfter(asOf);
  }

  public Instant releasedFrom(Instant suspendedAt) {
    return suspendedAt.atZone(zone).plusDays(releaseDays).toInstant();
  }
}
