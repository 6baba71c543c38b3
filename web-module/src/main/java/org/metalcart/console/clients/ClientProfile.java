package org.metalcart.console.clients;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.metalcart.billing.Billing;
import org.metalcart.billing.Invoice;
import org.metalcart.catalog.Catalog;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ListPage;
import org.metalcart.notifications.MailLog;
import org.metalcart.notifications.OutgoingMail;
import org.metalcart.ordering.CustomerOrder;
import org.metalcart.ordering.Ordering;
import org.metalcart.services.Service;
import org.metalcart.services.Services;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * A client's profile with the Products/Services tab: each service with its product, status and the
 * order it came from (order number and View Order), then the client's invoices and the e-mails sent
 * to the client.
 */
@Named
@RequestScoped
public class ClientProfile extends ListPage<Service> {

  private static final PageRequest LATEST_INVOICES = new PageRequest(0, 10);

  private static final PageRequest LATEST_EMAILS = new PageRequest(0, 20);

  @Inject ClientRegistry clients;

  @Inject Services services;

  @Inject Ordering ordering;

  @Inject Catalog catalog;

  @Inject Billing billing;

  @Inject MailLog mails;

  @Inject ConsoleCaller caller;

  private long id;

  private Client client;

  private Page<Invoice> invoices;

  private Page<OutgoingMail> emails;

  private final Map<Long, CustomerOrder> orders = new HashMap<>();

  private final Map<Long, String> productNames = new HashMap<>();

  @Override
  protected Page<Service> read(PageRequest request, String search) {
    return services.search(request, search, null, id);
  }

  public Client getClient() {
    if (client == null) {
      client = clients.client(id, caller.caller());
    }
    return client;
  }

  public CustomerOrder order(Service service) {
    return orders.computeIfAbsent(
        service.orderId(), orderId -> ordering.order(orderId, caller.caller()).order());
  }

  public String productName(Service service) {
    return productNames.computeIfAbsent(
        service.productId(), productId -> catalog.product(productId).name());
  }

  /** The client's latest e-mails, newest first. */
  public Page<OutgoingMail> getEmails() {
    if (emails == null) {
      emails = mails.ofClient(id, LATEST_EMAILS, caller.caller());
    }
    return emails;
  }

  public Page<Invoice> getInvoices() {
    if (invoices == null) {
      invoices = billing.latestInvoices(LATEST_INVOICES, id, null);
    }
    return invoices;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
