package org.metalcart.billing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.metalcart.platform.BusinessMetrics;
import org.metalcart.shared.Caller;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * Invoices and payments. Each method is one transaction. A cart sees only the invoices of orders it
 * placed; another's is reported as not existing.
 */
@Stateless
public class Billing {

  @Inject InvoiceRepository invoices;

  @Inject Event<InvoicePaid> paid;

  @Inject Clock clock;

  @Inject BusinessMetrics metrics;

  public Invoice invoice(long id, Caller caller) {
    return invoices
        .find(id)
        .filter(invoice -> caller.maySee(invoice.createdBy()))
        .orElseThrow(() -> new NotFoundException("invoice", id));
  }

  /** The console's invoice list, newest first; staff see every invoice. */
  public Page<Invoice> latestInvoices(PageRequest page, Long clientId, InvoiceStatus status) {
    return invoices.latest(page, clientId, status);
  }

  public Page<Invoice> invoices(
      PageRequest page, Long clientId, InvoiceStatus status, Caller caller) {
    return invoices.list(page, caller.seesAll() ? null : caller.identifier(), clientId, status);
  }

  public List<Payment> payments(long invoiceId, Caller caller) {
    return invoices.payments(invoice(invoiceId, caller).id());
  }

  /**
   * Records a payment. A gateway's callback may arrive more than once: the same transaction of the
   * same gateway is acknowledged with the payment recorded first and changes nothing. The invoice
   * is locked, so two different transactions for one invoice cannot both pay it.
   */
  public PaymentReceipt recordPayment(long invoiceId, NewPayment request, Caller caller) {
    // Locked before anything reads it: a callback repeated at the same moment waits here and then
    // finds the first one's payment (an invoice read before the lock would be stale by then).
    Invoice invoice =
        invoices
            .findForUpdate(invoiceId)
            .filter(found -> caller.maySee(found.createdBy()))
            .orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    var earlier = invoices.payment(request.gateway(), request.transactionId());
    if (earlier.isPresent()) {
      Payment payment = earlier.get();
      if (payment.invoiceId() != invoiceId || payment.amount().compareTo(request.amount()) != 0) {
        throw new ConflictException(
            "transaction "
                + request.transactionId()
                + " of "
                + request.gateway()
                + " was recorded before for another invoice or amount",
            "transactionId");
      }
      return new PaymentReceipt(payment, true);
    }
    invoice.pay(request.amount(), clock.instant());
    Payment payment =
        new Payment(
            invoiceId,
            request.gateway(),
            request.transactionId(),
            request.amount(),
            caller.identifier(),
            clock.instant());
    invoices.store(payment);
    metrics.count("metalcart_payments");
    paid.fire(
        new InvoicePaid(
            invoiceId,
            invoice.orderId(),
            invoice.kind(),
            caller.identifier(),
            invoice.clientId(),
            request.amount(),
            invoice.currency(),
            invoice.createdBy(),
            clock.instant()));
    return new PaymentReceipt(payment, false);
  }
}
