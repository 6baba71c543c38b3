package org.metalcart.whmcs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metalcart.billing.Billing;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceLine;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.billing.NewPayment;
import org.metalcart.billing.Payment;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.renewal.RenewalSettings;
import org.metalcart.renewal.Renewals;
import org.metalcart.services.Service;
import org.metalcart.services.Services;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.Caller;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** GetInvoice, GetInvoices, AddInvoicePayment, GenInvoices. */
@ApplicationScoped
class InvoiceCommands {

  private static final String NOT_FOUND = "Invoice ID Not Found";

  @Inject Billing billing;

  @Inject ClientRegistry clients;

  @Inject Services services;

  @Inject Renewals renewals;

  @Inject RenewalSettings renewalSettings;

  @Inject java.time.Clock clock;

  WhmcsAnswer invoice(WhmcsParams params, Caller caller) {
    long id = params.id("invoiceid").orElseThrow(() -> new WhmcsException(NOT_FOUND));
    Invoice invoice = find(id, caller).orElseThrow(() -> new WhmcsException(NOT_FOUND));
    List<Payment> payments = billing.payments(id, caller);
    BigDecimal paid =
        payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    WhmcsAnswer answer = WhmcsAnswer.success();
    summary(invoice).forEach(answer::put);
    answer.put(
        "balance",
        WhmcsWords.money(
            invoice.status() == InvoiceStatus.CANCELLED
                ? BigDecimal.ZERO
                : invoice.total().subtract(paid)));
    List<Map<String, Object>> items = new ArrayList<>();
    int line = 0;
    for (InvoiceLine invoiceLine : invoice.lines()) {
      Map<String, Object> item = WhmcsAnswer.record();
      item.put("id", ++line);
      item.put("type", "Hosting");
      item.put("relid", invoiceLine.serviceId() == null ? 0 : invoiceLine.serviceId());
      item.put("description", invoiceLine.description());
      item.put("amount", WhmcsWords.money(invoiceLine.amount()));
      item.put("taxed", 0);
      items.add(item);
    }
    answer.put("items", Map.of("item", items));
    List<Map<String, Object>> transactions = new ArrayList<>();
    for (Payment payment : payments) {
      Map<String, Object> transaction = WhmcsAnswer.record();
      transaction.put("id", payment.id());
      transaction.put("userid", invoice.clientId());
      transaction.put("gateway", payment.gateway());
      transaction.put("date", WhmcsWords.time(payment.receivedAt()));
      transaction.put("description", "Invoice Payment");
      transaction.put("amountin", WhmcsWords.money(payment.amount()));
      transaction.put("fees", "0.00");
      transaction.put("amountout", "0.00");
      transaction.put("transid", payment.transactionId());
      transaction.put("invoiceid", invoice.id());
      transactions.add(transaction);
    }
    answer.put("transactions", transactions.isEmpty() ? "" : Map.of("transaction", transactions));
    return answer;
  }

  /** Invoices newest first, of one client ({@code userid}) and status where given. */
  WhmcsAnswer list(WhmcsParams params, Caller caller) {
    int start = params.number("limitstart", 0, 0, Integer.MAX_VALUE);
    int count = params.pageSize();
    InvoiceStatus status =
        params
            .text("status")
            .map(
                given ->
                    WhmcsWords.status(InvoiceStatus.class, given)
                        .orElseThrow(() -> new WhmcsException("Invalid status: " + given)))
            .orElse(null);
    Page<Invoice> page =
        billing.invoices(
            new PageRequest(start, count), params.id("userid").orElse(null), status, caller);
    List<Map<String, Object>> items = page.items().stream().map(InvoiceCommands::summary).toList();
    return WhmcsAnswer.success()
        .paging(page.total(), start, items.size())
        .list("invoices", "invoice", items);
  }

  /**
   * Records a payment of the whole invoice (Metalcart takes no part payments): {@code amount}
   * absent means the total. The same (gateway, transid) again is acknowledged and changes nothing.
   */
  WhmcsAnswer pay(WhmcsParams params, Caller caller) {
    long id = params.id("invoiceid").orElseThrow(() -> new WhmcsException(NOT_FOUND));
    Invoice invoice = find(id, caller).orElseThrow(() -> new WhmcsException(NOT_FOUND));
    String transaction = params.required("transid", "A transaction ID (transid) is required");
    String gateway = params.required("gateway", "A payment gateway (gateway) is required");
    if (gateway.length() > 64 || transaction.length() > 200) {
      throw new WhmcsException("The gateway (64) or transid (200 characters) is too long");
    }
    BigDecimal amount = params.amount("amount").orElse(invoice.total());
    if (invoice.status() == InvoiceStatus.CANCELLED) {
      throw new WhmcsException(
          "It is not possible to add a payment to an invoice that is Cancelled");
    }
    try {
      billing.recordPayment(id, new NewPayment(gateway, transaction, amount), caller);
    } catch (NotFoundException e) {
      throw new WhmcsException(NOT_FOUND);
    } catch (ConflictException e) {
      throw new WhmcsException(e.getMessage());
    } catch (BusinessException e) {
      throw new WhmcsException(e.getMessage());
    }
    return WhmcsAnswer.success();
  }

  /**
   * Issues the renewal invoices now due (by the same rules as the nightly job) of one client's
   * services or of the services named; without either, refused: the nightly renewal-invoices job
   * covers every service.
   */
  WhmcsAnswer generate(WhmcsParams params, Caller caller) {
    Optional<Long> clientId = params.id("clientid");
    List<String> serviceIds = params.list("serviceids");
    List<Long> ids = new ArrayList<>();
    if (clientId.isPresent()) {
      try {
        clients.client(clientId.get(), caller);
      } catch (NotFoundException e) {
        throw new WhmcsException("Client ID Not Found");
      }
      for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
        Page<Service> page =
            services.services(
                new PageRequest(offset, PageRequest.MAX_LIMIT), clientId.get(), null, caller);
        page.items().forEach(service -> ids.add(service.id()));
        if (offset + PageRequest.MAX_LIMIT >= page.total()) {
          break;
        }
      }
    } else if (!serviceIds.isEmpty()) {
      for (int i = 0; i < serviceIds.size(); i++) {
        long id = WhmcsParams.parseId("serviceids[" + i + "]", serviceIds.get(i));
        try {
          ids.add(services.service(id, caller).id());
        } catch (NotFoundException e) {
          throw new WhmcsException("Service ID Not Found: " + id);
        }
      }
    } else {
      throw new WhmcsException(
          "GenInvoices needs clientid or serviceids: the nightly renewal-invoices job covers every"
              + " service");
    }
    var rules = renewalSettings.rulesAt(clock.instant());
    int created = 0;
    Long latest = null;
    for (long id : ids) {
      Optional<Invoice> issued = renewals.issueInvoice(id, rules, caller.identifier());
      if (issued.isPresent()) {
        created++;
        latest = issued.get().id();
      }
    }
    WhmcsAnswer answer = WhmcsAnswer.success().put("numcreated", String.valueOf(created));
    if (clientId.isPresent() && latest != null) {
      answer.put("latestinvoiceid", String.valueOf(latest));
    }
    return answer;
  }

  private Optional<Invoice> find(long id, Caller caller) {
    try {
      return Optional.of(billing.invoice(id, caller));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Object> summary(Invoice invoice) {
    Map<String, Object> item = WhmcsAnswer.record();
    item.put("invoiceid", invoice.id());
    item.put("id", invoice.id());
    item.put("invoicenum", "");
    item.put("userid", invoice.clientId());
    item.put("date", WhmcsWords.date(invoice.createdAt()));
    item.put("duedate", WhmcsWords.date(invoice.dueDate()));
    item.put("datepaid", WhmcsWords.time(invoice.paidAt()));
    item.put("subtotal", WhmcsWords.money(invoice.total()));
    item.put("credit", "0.00");
    item.put("tax", "0.00");
    item.put("tax2", "0.00");
    item.put("total", WhmcsWords.money(invoice.total()));
    item.put("taxrate", "0.000");
    item.put("taxrate2", "0.000");
    item.put("status", WhmcsWords.status(invoice.status()));
    item.put("paymentmethod", "");
    item.put("notes", "");
    item.put("currencycode", invoice.currency());
    item.put("currencyprefix", "");
    item.put("currencysuffix", " " + invoice.currency());
    return item;
  }
}
