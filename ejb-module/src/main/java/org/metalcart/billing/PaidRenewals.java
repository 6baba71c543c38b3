package org.metalcart.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.metalcart.services.Service;

/**
 * Applies the paid renewal invoices of a service to its due date. Each renewal moves the due date
 * to one cycle after the period it paid for, never further, so applying them again (the Renew
 * command, a repeated callback) changes nothing. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PaidRenewals {

  @Inject InvoiceRepository invoices;

  /** Returns whether the due date moved. */
  public boolean apply(Service service, Instant now, String actor) {
    boolean moved = false;
    for (Invoice renewal : invoices.paidRenewalsOf(service.id())) {
      moved |= service.renewed(renewal.periodStart(), now, actor);
    }
    return moved;
  }
}
