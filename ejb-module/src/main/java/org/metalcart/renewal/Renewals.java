package org.metalcart.renewal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceIssued;
import org.metalcart.billing.InvoiceKind;
import org.metalcart.billing.InvoiceLine;
import org.metalcart.billing.InvoicePaid;
import org.metalcart.billing.InvoiceRepository;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.ProductRepository;
import org.metalcart.provisioning.ModuleCommand;
import org.metalcart.provisioning.ModuleCommandFinished;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.ServiceStatus;
import org.metalcart.services.ServiceStatusChanged;
import org.metalcart.shared.DomainEvent;

/**
 * Renewal of services: the renewal invoice issued ahead of the due date, and what paying it does.
 * Each method runs in the caller's transaction or its own.
 */
@Stateless
public class Renewals {

  @Inject ServiceRepository services;

  @Inject InvoiceRepository invoices;

  @Inject ProductRepository products;

  @Inject ModuleCommands commands;

  @Inject RenewalSettings settings;

  @Inject Clock clock;

  @Inject Event<DomainEvent> events;

  /**
   * Issues the renewal invoice of the service's current period if it is due by {@code rules} and
   * was not issued before. A renewal with nothing to pay is paid at once (by {@code actor}).
   */
  public Optional<Invoice> issueInvoice(long serviceId, ExpiryRules rules, String actor) {
    Service service = services.findForUpdate(serviceId).orElseThrow();
    if (!renewable(service)
        || !rules.renewalInvoiceDue(service.billingCycle(), service.nextDueDate())
        || invoices.renewalOf(serviceId, service.nextDueDate()).isPresent()) {
      return Optional.empty();
    }
    Product product = products.find(service.productId()).orElseThrow();
    var periodStart = service.nextDueDate();
    var periodEnd = service.billingCycle().after(periodStart).minusDays(1);
    Invoice invoice =
        invoices.storeRenewal(
            Invoice.forRenewal(
                service.clientId(),
                serviceId,
                periodStart,
                product.currency(),
                new InvoiceLine(
                    serviceId,
                    product.name()
                        + " - "
                        + service.hostname()
                        + " ("
                        + periodStart
                        + " - "
                        + periodEnd
                        + ")",
                    service.recurringAmount()),
                // The cart that sold the service sees its renewals and records their payments.
                service.createdBy(),
                clock.instant()));
    events.fire(InvoiceIssued.of(invoice));
    if (invoice.paidAt() != null) {
      renew(service, invoice, actor);
    }
    return Optional.of(invoice);
  }

  /** Whether renewal invoices are issued for the service at all. */
  public static boolean renewable(Service service) {
    return (service.status() == ServiceStatus.ACTIVE || service.status() == ServiceStatus.SUSPENDED)
        && service.billingCycle().isRecurring();
  }

  /**
   * A renewal invoice was paid, in the payment's transaction: the service is due one cycle after
   * the period the invoice was issued for, and a block for non-payment is lifted when nothing is
   * overdue any more. The invoice is paid once (its payment locks it), and the due date moves at
   * most to that period's end, so a callback repeated or racing a job cannot renew twice.
   */
  public void paid(@Observes InvoicePaid event) {
    if (event.kind() != InvoiceKind.RENEWAL) {
      return;
    }
    Invoice invoice = invoices.find(event.invoiceId()).orElseThrow();
    Service service = services.findForUpdate(invoice.serviceId()).orElseThrow();
    renew(service, invoice, event.actor());
  }

  /**
   * A service ended (terminated, its server released, or its order cancelled), in the transaction
   * that ended it: it owes nothing more, and its unpaid renewal invoices are void.
   */
  public void ended(@Observes ServiceStatusChanged event) {
    if (event.to().isFinal()) {
      invoices.unpaidRenewalsOf(event.serviceId()).forEach(Invoice::cancelIfUnpaid);
    }
  }

  /**
   * The Renew module command is done, in its transaction, which has locked the service: the due
   * date follows the paid renewal invoices. Each moves it to one cycle after the period it paid
   * for, never further, so applying them again changes nothing.
   */
  public void renewCommandDone(@Observes ModuleCommandFinished event) {
    if (event.command() != ModuleCommand.RENEW || !event.done()) {
      return;
    }
    Service service = services.findForUpdate(event.serviceId()).orElseThrow();
    for (Invoice renewal : invoices.paidRenewalsOf(service.id())) {
      service.renewed(renewal.periodStart(), event.occurredAt(), event.requestedBy());
    }
  }

  private void renew(Service service, Invoice invoice, String actor) {
    service.renewed(invoice.periodStart(), clock.instant(), actor);
    boolean stillOverdue =
        settings.rulesAt(clock.instant()).expired(service.billingCycle(), service.nextDueDate());
    if (!stillOverdue) {
      commands.queueUnblock(service, actor);
    }
  }
}
