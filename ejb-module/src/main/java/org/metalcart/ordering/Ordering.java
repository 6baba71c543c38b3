package org.metalcart.ordering;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceIssued;
import org.metalcart.billing.InvoiceKind;
import org.metalcart.billing.InvoiceLine;
import org.metalcart.billing.InvoicePaid;
import org.metalcart.billing.InvoiceRepository;
import org.metalcart.catalog.AutoSetup;
import org.metalcart.catalog.Price;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.ProductRepository;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRepository;
import org.metalcart.platform.BusinessMetrics;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.provisioning.ProvisioningSettings;
import org.metalcart.security.Secrets;
import org.metalcart.services.ServerPassword;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.ServiceStatus;
import org.metalcart.shared.BusinessRuleException;
import org.metalcart.shared.Caller;
import org.metalcart.shared.DomainEvent;
import org.metalcart.shared.InvalidInputException;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;
import org.metalcart.stock.Stock;

/**
 * Orders: placing them, accepting them, cancelling them or marking them as fraud, and starting
 * provisioning when their invoice is paid. Each method is one transaction; a rejected order stores
 * nothing. A cart sees only the orders it placed.
 */
@Stateless
public class Ordering {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject OrderRepository orders;

  @Inject ClientRepository clients;

  @Inject ProductRepository products;

  @Inject Stock stock;

  @Inject ServiceRepository services;

  @Inject InvoiceRepository invoices;

  @Inject ModuleCommands commands;

  @Inject ProvisioningSettings provisioning;

  @Inject BusinessMetrics metrics;

  @Inject Clock clock;

  @Inject Secrets secrets;

  @Inject Event<DomainEvent> events;

  /**
   * Places an order: the order (PENDING), a PENDING service per item, and one invoice for the first
   * period plus setup fees. With an Idempotency-Key seen before from the same caller, the order
   * placed then is returned, provided the request is the same.
   */
  public PlacedOrder place(NewOrder request, Caller caller) {
    if (request.idempotencyKey() != null) {
      Optional<CustomerOrder> earlier =
          orders.byIdempotencyKey(caller.identifier(), request.idempotencyKey());
      if (earlier.isPresent()) {
        if (!secrets.matches(request.requestDigest(), earlier.get().requestDigest())) {
          throw new BusinessRuleException(
              "the Idempotency-Key '"
                  + request.idempotencyKey()
                  + "' was used before for a different order",
              null);
        }
        return placed(earlier.get(), true);
      }
    }
    Client client =
        clients
            .find(request.clientId())
            .filter(c -> caller.maySee(c.createdBy()))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "clientId", "client " + request.clientId() + " does not exist"));
    List<Product> ordered = new ArrayList<>();
    List<Price> prices = new ArrayList<>();
    List<String> hostnames = new ArrayList<>();
    for (int i = 0; i < request.items().size(); i++) {
      NewOrderItem item = request.items().get(i);
      String field = "items[" + i + "]";
      Product product =
          products
              .find(item.productId())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          field + ".productId", "plan " + item.productId() + " does not exist"));
      if (product.retired()) {
        throw new BusinessRuleException(
            "plan '" + product.name() + "' is retired and takes no new orders",
            field + ".productId");
      }
      Price price =
          product.prices().stream()
              .filter(p -> p.cycle() == item.billingCycle())
              .findFirst()
              .orElseThrow(
                  () ->
                      new BusinessRuleException(
                          "plan '"
                              + product.name()
                              + "' has no price for the billing cycle "
                              + item.billingCycle(),
                          field + ".billingCycle"));
      if (!ordered.isEmpty() && !ordered.get(0).currency().equals(product.currency())) {
        throw new BusinessRuleException(
            "one order cannot mix currencies: "
                + ordered.get(0).currency()
                + " and "
                + product.currency(),
            field + ".productId");
      }
      hostnames.add(
          item.hostname() == null ? null : Hostnames.checked(field + ".hostname", item.hostname()));
      ServerPassword.check(field + ".password", item.password());
      ordered.add(product);
      prices.add(price);
    }
    checkStock(ordered);
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    CustomerOrder order =
        orders.store(
            new CustomerOrder(
                newOrderNumber(),
                client.id(),
                caller.identifier(),
                now,
                request.idempotencyKey(),
                // Keyed: the request's digest covers the server passwords.
                request.idempotencyKey() == null ? null : secrets.digest(request.requestDigest())));
    List<Service> created = new ArrayList<>();
    List<InvoiceLine> lines = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      NewOrderItem item = request.items().get(i);
      Product product = ordered.get(i);
      Price price = prices.get(i);
      Service service =
          services.store(
              Service.ordered(
                  order.id(),
                  client.id(),
                  product.id(),
                  item.billingCycle(),
                  price.amount(),
                  // Named after its id below when the order gave no hostname.
                  hostnames.get(i) == null ? "pending" : hostnames.get(i),
                  secrets.seal(item.password()),
                  today,
                  caller.identifier(),
                  now));
      if (hostnames.get(i) == null) {
        service.nameHost(
            Hostnames.fromTemplate(
                product.moduleSettings().domainTemplate(),
                service.id(),
                provisioning.defaultDomain()));
      }
      created.add(service);
      String period =
          price.cycle().isRecurring()
              ? " (" + today + " - " + service.nextDueDate().minusDays(1) + ")"
              : "";
      lines.add(
          new InvoiceLine(
              service.id(),
              product.name() + " - " + service.hostname() + " " + price.cycle() + period,
              price.amount()));
      if (price.setupFee().signum() > 0) {
        lines.add(new InvoiceLine(service.id(), "Setup fee " + product.name(), price.setupFee()));
      }
    }
    Invoice invoice =
        invoices.store(
            Invoice.forOrder(
                client.id(),
                order.id(),
                ordered.get(0).currency(),
                lines,
                today,
                caller.identifier(),
                now));
    for (int i = 0; i < created.size(); i++) {
      AutoSetup setup = ordered.get(i).moduleSettings().autoSetup();
      boolean paidAlready = invoice.total().compareTo(BigDecimal.ZERO) == 0;
      if (setup == AutoSetup.ON_ORDER || (setup == AutoSetup.ON_PAYMENT && paidAlready)) {
        commands.queueCreate(created.get(i), caller.identifier());
      }
    }
    metrics.count("metalcart_orders_placed");
    events.fire(
        new OrderPlaced(
            order.id(),
            order.orderNumber(),
            client.id(),
            created.stream().map(Service::id).toList(),
            invoice.id(),
            caller.identifier(),
            now));
    events.fire(InvoiceIssued.of(invoice));
    return new PlacedOrder(order, created, invoice, false);
  }

  /**
   * Accepts a pending order without waiting for payment; with {@code runModuleCreate} (the default)
   * provisioning starts for each of its services that has not been provisioned.
   */
  public PlacedOrder accept(long orderId, boolean runModuleCreate, Caller caller) {
    CustomerOrder order = order(orderId, caller).order();
    order.accept();
    if (runModuleCreate) {
      for (Service service : services.ofOrder(orderId)) {
        if (service.status() == ServiceStatus.PENDING) {
          commands.queueCreate(service, caller.identifier());
        }
      }
    }
    return placed(order, false);
  }

  /**
   * Accepts a pending order as WHMCS does when not told whether to set it up: Create runs for the
   * pending services whose plan sets up on acceptance, and no other.
   */
  public PlacedOrder acceptAsPlanned(long orderId, Caller caller) {
    CustomerOrder order = order(orderId, caller).order();
    order.accept();
    for (Service service : services.ofOrder(orderId)) {
      Product product = products.find(service.productId()).orElseThrow();
      if (service.status() == ServiceStatus.PENDING
          && product.moduleSettings().autoSetup() == AutoSetup.ON_ACCEPT) {
        commands.queueCreate(service, caller.identifier());
      }
    }
    return placed(order, false);
  }

  /**
   * Cancels the order (or marks it as fraud): its unpaid invoice is void, its services end; a
   * service that has a server is terminated and the server released, in the background.
   */
  public PlacedOrder close(long orderId, OrderStatus finalStatus, Caller caller) {
    CustomerOrder order = order(orderId, caller).order();
    order.close(finalStatus);
    ServiceStatus serviceStatus =
        finalStatus == OrderStatus.FRAUD ? ServiceStatus.FRAUD : ServiceStatus.CANCELLED;
    for (Service service : services.ofOrder(orderId)) {
      if (!service.status().isFinal()) {
        commands.queueTerminate(service, serviceStatus, caller.identifier());
      }
    }
    invoices.ofOrder(orderId).forEach(Invoice::cancelIfUnpaid);
    return placed(order, false);
  }

  public PlacedOrder order(long id, Caller caller) {
    return placed(
        orders
            .find(id)
            .filter(order -> caller.maySee(order.createdBy()))
            .orElseThrow(() -> new NotFoundException("order", id)),
        false);
  }

  /** The console's order list, newest first; staff see every order. */
  public Page<CustomerOrder> latestOrders(PageRequest page, OrderStatus status) {
    return orders.latest(page, status);
  }

  /** The orders the caller may see, newest first, of one client and status where given. */
  public Page<CustomerOrder> latestOrders(
      PageRequest page, Long clientId, OrderStatus status, Caller caller) {
    return orders.latest(page, caller.seesAll() ? null : caller.identifier(), clientId, status);
  }

  public Page<CustomerOrder> orders(PageRequest page, OrderStatus status, Caller caller) {
    return orders.list(page, caller.seesAll() ? null : caller.identifier(), status);
  }

  /**
   * The first invoice of an order was paid: the order is accepted and the services of plans set up
   * on payment are provisioned, in the payment's transaction.
   */
  public void paid(@Observes InvoicePaid event) {
    if (event.kind() != InvoiceKind.FIRST || event.orderId() == null) {
      return;
    }
    CustomerOrder order = orders.find(event.orderId()).orElseThrow();
    if (order.status() == OrderStatus.PENDING) {
      order.accept();
    }
    for (Service service : services.ofOrder(order.id())) {
      Product product = products.find(service.productId()).orElseThrow();
      if (service.status() == ServiceStatus.PENDING
          && product.moduleSettings().autoSetup() == AutoSetup.ON_PAYMENT) {
        commands.queueCreate(service, event.actor());
      }
    }
  }

  private PlacedOrder placed(CustomerOrder order, boolean replayed) {
    List<Invoice> orderInvoices = invoices.ofOrder(order.id());
    return new PlacedOrder(
        order,
        services.ofOrder(order.id()),
        orderInvoices.isEmpty() ? null : orderInvoices.get(0),
        replayed);
  }

  /** A random, unguessable 10-digit number; a collision is caught by the unique constraint. */
  private static String newOrderNumber() {
    return String.valueOf(1_000_000_000L + (long) (RANDOM.nextDouble() * 9_000_000_000L));
  }

  /**
   * A plan that refuses to wait takes only orders it can deliver: each such plan of the order must
   * have as many servers available as the order has of it (the first short plan is named).
   */
  private void checkStock(List<Product> ordered) {
    Map<Product, Integer> quantities = new LinkedHashMap<>();
    ordered.forEach(product -> quantities.merge(product, 1, Integer::sum));
    quantities.forEach(
        (product, quantity) ->
            stock.checkOrderable(
                product, quantity, "items[" + ordered.indexOf(product) + "].productId"));
  }
}
