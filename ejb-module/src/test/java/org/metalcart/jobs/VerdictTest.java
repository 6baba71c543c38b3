package org.metalcart.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.renewal.ExpiryRules;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.SuspendReason;

/** Which services each job acts on, passes over with a reason, or leaves alone. */
class VerdictTest {

  private static final Instant NOW = Instant.parse("2026-03-20T03:00:00Z");
  private static final ExpiryRules RULES = new ExpiryRules(NOW, ZoneOffset.UTC, 0, 14, cycle -> 14);
  private static final LocalDate OVERDUE = LocalDate.of(2026, 3, 19);
  private static final LocalDate DUE_TODAY = LocalDate.of(2026, 3, 20);

  private static ServiceSnapshot service(
      ServiceStatus status, String reason, LocalDate due, Instant suspendedAt, LocalDate exempt) {
    return new ServiceSnapshot(
        7L, status, reason, BillingCycle.MONTHLY, due, suspendedAt, exempt, false);
  }

  private static Verdict.Kind verdict(NightlyJob job, ServiceSnapshot service) {
    return Verdict.of(job, RULES, service).kind();
  }

  @Test
  void expiryBlocksActiveServicesPastTheirDueDateUnlessExempt() {
    assertEquals(
        Verdict.Kind.ACT,
        verdict(NightlyJob.EXPIRY_BLOCK, service(ServiceStatus.ACTIVE, null, OVERDUE, null, null)));
    assertEquals(
        Verdict.Kind.NOT_DUE,
        verdict(
            NightlyJob.EXPIRY_BLOCK, service(ServiceStatus.ACTIVE, null, DUE_TODAY, null, null)));
    assertEquals(
        Verdict.Kind.EXEMPT,
        verdict(
            NightlyJob.EXPIRY_BLOCK,
            service(ServiceStatus.ACTIVE, null, OVERDUE, null, LocalDate.of(2026, 3, 20))));
    assertEquals(
        Verdict.Kind.ACT,
        verdict(
            NightlyJob.EXPIRY_BLOCK,
            service(ServiceStatus.ACTIVE, null, OVERDUE, null, LocalDate.of(2026, 3, 19))),
        "an exemption that ended yesterday");
    assertEquals(
        Verdict.Kind.NOT_DUE,
        verdict(
            NightlyJob.EXPIRY_BLOCK,
            service(ServiceStatus.SUSPENDED, "abuse", OVERDUE, NOW.minusSeconds(60), null)));
  }

  @Test
  void releaseTakesOnlyServicesBlockedForNonPaymentLongEnough() {
    Instant fifteenDaysAgo = NOW.minusSeconds(15 * 86_400);
    Instant thirteenDaysAgo = NOW.minusSeconds(13 * 86_400);
    assertEquals(
        Verdict.Kind.ACT,
        verdict(
            NightlyJob.RELEASE_UNPAID,
            service(
                ServiceStatus.SUSPENDED, SuspendReason.OVERDUE, OVERDUE, fifteenDaysAgo, null)));
    assertEquals(
        Verdict.Kind.NOT_DUE,
        verdict(
            NightlyJob.RELEASE_UNPAID,
            service(
                ServiceStatus.SUSPENDED, SuspendReason.OVERDUE, OVERDUE, thirteenDaysAgo, null)));
    assertEquals(
        Verdict.Kind.NOT_DUE,
        verdict(
            NightlyJob.RELEASE_UNPAID,
            service(ServiceStatus.SUSPENDED, "abuse report", OVERDUE, fifteenDaysAgo, null)),
        "an admin's suspension is never released by the job");
  }

  @Test
  void theRenewalIsInvoicedOncePerPeriod() {
    ServiceSnapshot due = service(ServiceStatus.ACTIVE, null, DUE_TODAY.plusDays(14), null, null);
    assertEquals(Verdict.Kind.ACT, verdict(NightlyJob.RENEWAL_INVOICES, due));
    ServiceSnapshot invoiced =
        new ServiceSnapshot(
            7L,
            ServiceStatus.ACTIVE,
            null,
            BillingCycle.MONTHLY,
            DUE_TODAY.plusDays(14),
            null,
            null,
            true);
    assertEquals(Verdict.Kind.NOT_DUE, verdict(NightlyJob.RENEWAL_INVOICES, invoiced));
    assertEquals(
        Verdict.Kind.NOT_DUE,
        verdict(
            NightlyJob.RENEWAL_INVOICES,
            service(ServiceStatus.ACTIVE, null, DUE_TODAY.plusDays(15), null, null)));
  }
}
