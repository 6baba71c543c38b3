package org.metalcart.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.SuspendReason;

/**
 * What a nightly job needs to know of a service to decide about it: read a page at a time, without
 * loading the entity. {@code invoiced}: the renewal of the current period was issued.
 */
public record ServiceSnapshot(
    long id,
    ServiceStatus status,
    String suspendReason,
    BillingCycle cycle,
    LocalDate nextDueDate,
    Instant suspendedAt,
    LocalDate exemptUntil,
    boolean invoiced)
    implements Serializable {

  /** The JPQL constructor expression passes the invoice count. */
  public ServiceSnapshot(
      Long id,
      ServiceStatus status,
      String suspendReason,
      BillingCycle cycle,
      LocalDate nextDueDate,
      Instant suspendedAt,
      LocalDate exemptUntil,
      Long invoices) {
    this(id, status, suspendReason, cycle, nextDueDate, suspendedAt, exemptUntil, invoices > 0);
  }

  static ServiceSnapshot of(Service service, boolean invoiced) {
    return new ServiceSnapshot(
        service.id(),
        service.status(),
        service.suspendReason(),
        service.billingCycle(),
        service.nextDueDate(),
        service.suspendedAt(),
        service.autoSuspendExemptUntil(),
        invoiced);
  }

  boolean suspendedForNonPayment() {
    return status == ServiceStatus.SUSPENDED && SuspendReason.OVERDUE.equals(suspendReason);
  }
}
