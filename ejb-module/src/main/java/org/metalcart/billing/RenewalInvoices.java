package org.metalcart.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.metalcart.services.Service;

/**
 * What a service's paid renewal invoices mean for it, in the caller's transaction: they set its due
 * date (the Renew command applies them). That the unpaid ones of a service that ended are void is
 * the renewal's own observation of the service's end ({@code Renewals.ended}).
 */
@ApplicationScoped
public class RenewalInvoices {

  @Inject InvoiceRepository invoices;

  /**
   * Applies the paid renewals to the due date. Each moves it to one cycle after the period it paid
   * for, never further, so applying them again (the Renew command) changes nothing. Returns whether
   * the due date moved.
   */
  public boolean applyPaid(Service service, Instant now, String actor) {
    boolean moved = false;
    for (Invoice renewal : invoices.paidRenewalsOf(service.id())) {
      moved |= service.renewed(renewal.periodStart(), now, actor);
    }
    return moved;
  }
}
