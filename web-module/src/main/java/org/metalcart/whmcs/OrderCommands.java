package org.metalcart.whmcs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.metalcart.billing.Invoice;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Price;
import org.metalcart.catalog.Product;
import org.metalcart.ordering.CustomerOrder;
import org.metalcart.ordering.NewOrder;
import org.metalcart.ordering.NewOrderItem;
import org.metalcart.ordering.OrderStatus;
import org.metalcart.ordering.Ordering;
import org.metalcart.ordering.PlacedOrder;
import org.metalcart.services.Service;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.Caller;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** AddOrder, AcceptOrder, CancelOrder, FraudOrder, PendingOrder, GetOrders. */
@ApplicationScoped
class OrderCommands {

  /** Most servers in one order: a cart's order, not a bulk import. */
  static final int MAX_ITEMS = 50;

  private static final String NOT_PENDING = "Order ID not found or Status not Pending";

  private static final String NOT_FOUND = "Order ID Not Found";

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  @Inject Ordering ordering;

  @Inject Catalog catalog;

  /**
   * Places an order: one server per {@code pid[i]} (times {@code qty[i]}), with {@code
   * billingcycle[i]}, {@code hostname[i]} (or {@code domain[i]}) and {@code rootpw[i]}. As in
   * WHMCS, AddOrder itself does not set up: payment of the invoice (or AcceptOrder) does, per the
   * plan.
   */
  WhmcsAnswer add(WhmcsParams params, Caller caller) {
    long clientId =
        params.id("clientid").orElseThrow(() -> new WhmcsException("Client ID Not Found"));
    params.required(
        "paymentmethod", "Invalid Payment Method. Valid options include any gateway name");
    refuseUnsupported(params);
    List<String> pids = params.list("pid");
    if (pids.isEmpty() || pids.stream().allMatch(String::isEmpty)) {
      throw new WhmcsException("No items added to cart so order cannot proceed");
    }
    List<String> cycles = params.list("billingcycle");
    List<String> hostnames = params.list("hostname");
    List<String> domains = params.list("domain");
    List<String> passwords = params.list("rootpw");
    List<String> quantities = params.list("qty");
    List<NewOrderItem> items = new ArrayList<>();
    List<Integer> itemIndex = new ArrayList<>();
    for (int index = 0; index < pids.size(); index++) {
      final int i = index;
      long productId = WhmcsParams.parseId("pid[" + i + "]", pids.get(i));
      BillingCycle cycle = cycle(productId, at(cycles, i), i);
      String hostname = at(hostnames, i).or(() -> at(domains, i)).orElse(null);
      // WHMCS makes up a service's password when the cart sends none; so does Metalcart. It is
      // never shown: the customer sets their own (DCImanager's panel, or a reinstall).
      String password = at(passwords, i).orElseGet(OrderCommands::randomPassword);
      int quantity =
          at(quantities, i).map(q -> (int) WhmcsParams.parseId("qty[" + i + "]", q)).orElse(1);
      for (int n = 0; n < quantity; n++) {
        if (items.size() == MAX_ITEMS) {
          throw new WhmcsException("At most " + MAX_ITEMS + " servers can be ordered at once");
        }
        items.add(new NewOrderItem(productId, cycle, hostname, password));
        itemIndex.add(i);
      }
    }
    PlacedOrder placed;
    try {
      placed = ordering.place(new NewOrder(clientId, items, null, null), caller);
    } catch (BusinessException e) {
      throw new WhmcsException(whmcsField(e, itemIndex) + e.getMessage());
    }
    return WhmcsAnswer.success()
        .put("orderid", String.valueOf(placed.order().id()))
        .put("productids", ids(placed.services()))
        .put("serviceids", ids(placed.services()))
        .put("addonids", "")
        .put("domainids", "")
        .put("invoiceid", placed.invoice() == null ? "0" : String.valueOf(placed.invoice().id()));
  }

  /** Accepts a pending order; {@code autosetup} runs Create, absent the plan decides. */
  WhmcsAnswer accept(WhmcsParams params, Caller caller) {
    long id = params.id("orderid").orElseThrow(() -> new WhmcsException(NOT_PENDING));
    CustomerOrder order = visible(id, caller, NOT_PENDING).order();
    if (order.status() != OrderStatus.PENDING) {
      throw new WhmcsException(NOT_PENDING);
    }
    if (params.has("autosetup")) {
      ordering.accept(id, params.flag("autosetup"), caller);
    } else {
      ordering.acceptAsPlanned(id, caller);
    }
    return WhmcsAnswer.success();
  }

  /** Cancels a pending order: its invoice is void and its services end. */
  WhmcsAnswer cancel(WhmcsParams params, Caller caller) {
    long id = params.id("orderid").orElseThrow(() -> new WhmcsException(NOT_PENDING));
    CustomerOrder order = visible(id, caller, NOT_PENDING).order();
    if (order.status() != OrderStatus.PENDING) {
      throw new WhmcsException(NOT_PENDING);
    }
    ordering.close(id, OrderStatus.CANCELLED, caller);
    return WhmcsAnswer.success();
  }

  /** Marks an order as fraud: its services end, a provisioned server is released. */
  WhmcsAnswer fraud(WhmcsParams params, Caller caller) {
    long id = params.id("orderid").orElseThrow(() -> new WhmcsException(NOT_FOUND));
    visible(id, caller, NOT_FOUND);
    try {
      ordering.close(id, OrderStatus.FRAUD, caller);
    } catch (BusinessException e) {
      throw new WhmcsException("The order cannot be marked as fraud: " + e.getMessage());
    }
    return WhmcsAnswer.success();
  }

  /**
   * WHMCS sets an order and its items back to Pending. Metalcart's orders do not go back: a
   * cancelled order's servers were released and its invoice voided. A pending order stays pending
   * (success, as WHMCS answers); any other is refused with the reason.
   */
  WhmcsAnswer pending(WhmcsParams params, Caller caller) {
    long id = params.id("orderid").orElseThrow(() -> new WhmcsException(NOT_FOUND));
    CustomerOrder order = visible(id, caller, NOT_FOUND).order();
    if (order.status() != OrderStatus.PENDING) {
      throw new WhmcsException(
          "Metalcart does not set an order back to Pending: this one is "
              + WhmcsWords.status(order.status()));
    }
    return WhmcsAnswer.success();
  }

  /** Orders newest first: one by {@code id}, or a page of one client's or all. */
  WhmcsAnswer list(WhmcsParams params, Caller caller) {
    int start = params.number("limitstart", 0, 0, Integer.MAX_VALUE);
    int count = params.pageSize();
    List<Map<String, Object>> items = new ArrayList<>();
    long total;
    Optional<Long> id = params.id("id");
    if (id.isPresent()) {
      Optional<PlacedOrder> one = find(id.get(), caller);
      one.ifPresent(order -> items.add(order(order, new Plans(catalog))));
      total = items.size();
    } else {
      OrderStatus status =
          params
              .text("status")
              .map(
                  given ->
                      WhmcsWords.status(OrderStatus.class, given)
                          .orElseThrow(() -> new WhmcsException("Invalid status: " + given)))
              .orElse(null);
      Page<CustomerOrder> page =
          ordering.latestOrders(
              new PageRequest(start, count), params.id("userid").orElse(null), status, caller);
      Plans plans = new Plans(catalog);
      for (CustomerOrder order : page.items()) {
        find(order.id(), caller).ifPresent(placed -> items.add(order(placed, plans)));
      }
      total = page.total();
    }
    return WhmcsAnswer.success().paging(total, start, items.size()).list("orders", "order", items);
  }

  private Map<String, Object> order(PlacedOrder placed, Plans plans) {
    CustomerOrder order = placed.order();
    Invoice invoice = placed.invoice();
    Map<String, Object> item = WhmcsAnswer.record();
    item.put("id", order.id());
    item.put("ordernum", order.orderNumber());
    item.put("userid", order.clientId());
    item.put("date", WhmcsWords.time(order.createdAt()));
    item.put("amount", WhmcsWords.money(invoice == null ? BigDecimal.ZERO : invoice.total()));
    item.put("invoiceid", invoice == null ? 0 : invoice.id());
    item.put("status", WhmcsWords.status(order.status()));
    item.put("paymentstatus", invoice == null ? "" : WhmcsWords.status(invoice.status()));
    item.put("currencysuffix", invoice == null ? "" : " " + invoice.currency());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Service service : placed.services()) {
      Map<String, Object> line = WhmcsAnswer.record();
      line.put("type", "product");
      line.put("relid", service.id());
      line.put("producttype", "Dedicated/VPS Server");
      line.put("product", plans.name(service.productId()));
      line.put("domain", service.hostname() == null ? "" : service.hostname());
      line.put("billingcycle", WhmcsWords.cycle(service.billingCycle()));
      line.put("amount", WhmcsWords.money(service.recurringAmount()));
      line.put("status", WhmcsWords.status(service.status()));
      lines.add(line);
    }
    item.put("lineitems", Map.of("lineitem", lines));
    return item;
  }

  private Optional<PlacedOrder> find(long id, Caller caller) {
    try {
      return Optional.of(ordering.order(id, caller));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  private PlacedOrder visible(long id, Caller caller, String missing) {
    return find(id, caller).orElseThrow(() -> new WhmcsException(missing));
  }

  /**
   * The cycle of item {@code i}: as given, or the plan's monthly price, else its first. An unknown
   * plan is left for Ordering to refuse.
   */
  private BillingCycle cycle(long productId, Optional<String> given, int i) {
    if (given.isPresent()) {
      return WhmcsWords.cycle(given.get())
          .orElseThrow(
              () ->
                  new WhmcsException(
                      "billingcycle[" + i + "]: '" + given.get() + "' is not a billing cycle"));
    }
    try {
      Product product = catalog.product(productId);
      return product.prices().stream()
          .map(Price::cycle)
          .filter(c -> c == BillingCycle.MONTHLY)
          .findFirst()
          .or(() -> product.prices().stream().map(Price::cycle).findFirst())
          .orElse(BillingCycle.MONTHLY);
    } catch (NotFoundException e) {
      return BillingCycle.MONTHLY;
    }
  }

  /** Parameters that would change what is sold or billed and that Metalcart cannot honour. */
  private static void refuseUnsupported(WhmcsParams params) {
    if (params.list("priceoverride").stream().anyMatch(p -> !p.isEmpty())) {
      throw new WhmcsException(
          "Metalcart does not support priceoverride: prices come from the plan");
    }
    if (params.text("promocode").isPresent()) {
      throw new WhmcsException("Metalcart does not support promotion codes");
    }
    if (params.flag("noinvoice")) {
      throw new WhmcsException("Metalcart always issues the invoice of an order (noinvoice)");
    }
  }

  /** 20 characters with lower and upper case letters, digits and symbols: always strong enough. */
  static String randomPassword() {
    String[] classes = {
      "abcdefghijkmnopqrstuvwxyz", "ABCDEFGHJKLMNPQRSTUVWXYZ", "23456789", "-_.!@#%+="
    };
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      String from = classes[i < classes.length ? i : RANDOM.nextInt(classes.length)];
      password.append(from.charAt(RANDOM.nextInt(from.length())));
    }
    // The four classes are at the start; mixed so that no position is predictable.
    for (int i = password.length() - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char c = password.charAt(i);
      password.setCharAt(i, password.charAt(j));
      password.setCharAt(j, c);
    }
    return password.toString();
  }

  private static Optional<String> at(List<String> values, int i) {
    return i < values.size() && !values.get(i).isEmpty()
        ? Optional.of(values.get(i))
        : Optional.empty();
  }

  private static String ids(List<Service> services) {
    return services.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(","));
  }

  /** The WHMCS name of the field a core refusal names ({@code items[2].password} → rootpw[i]). */
  private static String whmcsField(BusinessException e, List<Integer> itemIndex) {
    String field = e.field();
    if (field == null) {
      return "";
    }
    if (field.equals("clientId")) {
      throw new WhmcsException("Client ID Not Found");
    }
    java.util.regex.Matcher item =
        java.util.regex.Pattern.compile("items\\[(\\d+)]\\.(\\w+)").matcher(field);
    if (!item.matches()) {
      return field + ": ";
    }
    int index = itemIndex.get(Integer.parseInt(item.group(1)));
    String name =
        switch (item.group(2)) {
          case "password" -> "rootpw";
          case "hostname" -> "hostname";
          case "productId" -> "pid";
          case "billingCycle" -> "billingcycle";
          default -> item.group(2);
        };
    return name + "[" + index + "]: ";
  }
}
