package org.metalcart.jobs;

import org.metalcart.renewal.ExpiryRules;
import org.metalcart.services.ServiceStatus;

/**
 * A job's decision about one service: act on it, pass over it with a reason worth recording (it is
 * due by date but exempt), or leave it (not due). The same rules decide when the job reads the
 * service and again, on the locked service, just before it acts.
 */
public record Verdict(Kind kind, String detail) {

  /** What the job does with the service. */
  public enum Kind {
    ACT,
    EXEMPT,
    NOT_DUE
  }

  private static final Verdict NOT_DUE = new Verdict(Kind.NOT_DUE, null);

  public boolean act() {
    return kind == Kind.ACT;
  }

  public static Verdict of(NightlyJob job, ExpiryRules rules, ServiceSnapshot service) {
    return switch (job) {
      case RENEWAL_INVOICES -> renewalInvoice(rules, service);
      case EXPIRY_BLOCK -> block(rules, service);
      case RELEASE_UNPAID -> release(rules, service);
      case RECONCILE ->
          throw new IllegalArgumentException("reconcile compares inventories, not single services");
    };
  }

  private static Verdict renewalInvoice(ExpiryRules rules, ServiceSnapshot service) {
    boolean due =
        (service.status() == ServiceStatus.ACTIVE || service.status() == ServiceStatus.SUSPENDED)
            && !service.invoiced()
            && rules.renewalInvoiceDue(service.cycle(), service.nextDueDate());
    return due ? new Verdict(Kind.ACT, "renewal from " + service.nextDueDate()) : NOT_DUE;
  }

  private static Verdict block(ExpiryRules rules, ServiceSnapshot service) {
    if (service.status() != ServiceStatus.ACTIVE
        || !rules.expired(service.cycle(), service.nextDueDate())) {
      return NOT_DUE;
    }
    if (rules.exempt(service.exemptUntil())) {
      return new Verdict(
          Kind.EXEMPT, "exempt from automatic suspension until " + service.exemptUntil());
    }
    return new Verdict(
        Kind.ACT,
        "due "
            + service.nextDueDate()
            + ", unpaid; blocked from "
            + rules.blockedFrom(service.nextDueDate()));
  }

  private static Verdict release(ExpiryRules rules, ServiceSnapshot service) {
    if (!service.suspendedForNonPayment() || !rules.releaseDue(service.suspendedAt())) {
      return NOT_DUE;
    }
    if (rules.exempt(service.exemptUntil())) {
      return new Verdict(
          Kind.EXEMPT, "exempt from automatic release until " + service.exemptUntil());
    }
    return new Verdict(
        Kind.ACT,
        "blocked for non-payment since "
            + service.suspendedAt()
            + "; released from "
            + rules.releasedFrom(service.suspendedAt()));
  }
}
