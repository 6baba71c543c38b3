package org.metalcart.console.orders;

import jakarta.faces.event.ValueChangeEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Price;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.StockPolicy;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.Formats;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.ordering.NewOrder;
import org.metalcart.ordering.NewOrderItem;
import org.metalcart.ordering.Ordering;
import org.metalcart.ordering.PlacedOrder;
import org.metalcart.security.Permission;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.PageRequest;
import org.metalcart.stock.Stock;

/**
 * Orders → Add New Order: a client, a product with one of its billing cycles, the server's hostname
 * and root password. Placing it creates the order, its pending service and its first invoice; the
 * order page then offers Accept.
 */
@Named
@ViewScoped
public class NewOrderForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsoleAccess access;

  @Inject Ordering ordering;

  @Inject ClientRegistry clients;

  @Inject Catalog catalog;

  @Inject ConsoleCaller caller;

  @Inject Stock stock;

  @Inject Formats formats;

  /** The client's username (a client has one, and operators know clients by it). */
  @NotBlank(message = "Choose the client.")
  private String client;

  @NotNull(message = "Choose a product.")
  private Long productId;

  @NotNull(message = "Choose a billing cycle.")
  private BillingCycle billingCycle;

  private String hostname;

  /** Transient: the view scope lives in the session, and a session may be written to disk. */
  private transient String password;

  /** Filled in when the page is opened from a client's profile (?clientId=). */
  private Long clientId;

  public void prefill() {
    if (clientId != null && client == null) {
      client = clients.client(clientId, caller.caller()).username();
    }
  }

  public String place() {
    if (access.refuses(Permission.PLACE_ORDERS)) {
      return null;
    }
    Client owner =
        clients.clients(new PageRequest(0, 1), client.strip(), caller.caller()).items().stream()
            .findFirst()
            .orElse(null);
    if (owner == null) {
      ConsoleMessages.failed("There is no client with the username '" + client.strip() + "'.");
      return null;
    }
    try {
      PlacedOrder placed =
          ordering.place(
              new NewOrder(
                  owner.id(),
                  List.of(
                      new NewOrderItem(
                          productId, billingCycle, blankToNull(hostname), blankToNull(password))),
                  null,
                  null),
              caller.caller());
      password = null;
      ConsoleMessages.ok(
          "Order "
              + placed.order().orderNumber()
              + " placed for "
              + owner.username()
              + ", with invoice #"
              + placed.invoice().id()
              + ". Accept it to provision the server.");
      return ConsoleMessages.redirectTo("/console/order?id=" + placed.order().id());
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
      return null;
    }
  }

  /** The products on sale (not the retired ones), for the product list. */
  public List<Product> getProducts() {
    return catalog.products(new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream()
        .filter(p -> !p.retired())
        .toList();
  }

  /** The chosen plan's free servers, and what an order does when there are none. */
  public String getStock() {
    if (productId == null) {
      return "";
    }
    Product product = catalog.product(productId);
    return formats.stock(stock.of(product))
        + (product.stockPolicy() == StockPolicy.REFUSE
            ? "; when none is free the order is refused"
            : "; when none is free the order waits for a server");
  }

  /** The chosen plan's currency, for its prices. */
  public String getCurrency() {
    return productId == null ? "" : catalog.product(productId).currency();
  }

  /** The chosen product's billing cycles with their prices. */
  public List<Price> getPrices() {
    if (productId == null) {
      return List.of();
    }
    return catalog.product(productId).prices();
  }

  /** A new product offers its own cycles; the first one is preselected. */
  /**
   * Another product was chosen: its first billing cycle is proposed. Called while the new value is
   * validated (on the Ajax request console.js sends when the product changes, or on the form's
   * submission without script), before it reaches {@link #productId}.
   */
  public void productChanged(ValueChangeEvent event) {
    Object chosen = event.getNewValue();
    List<Price> prices = chosen instanceof Long id ? catalog.product(id).prices() : List.of();
    billingCycle = prices.isEmpty() ? null : prices.get(0).cycle();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getClient() {
    return client;
  }

  public void setClient(String client) {
    this.client = client;
  }

  public Long getProductId() {
    return productId;
  }

  public void setProductId(Long productId) {
    this.productId = productId;
  }

  public BillingCycle getBillingCycle() {
    return billingCycle;
  }

  public void setBillingCycle(BillingCycle billingCycle) {
    this.billingCycle = billingCycle;
  }

  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public Long getClientId() {
    return clientId;
  }

  public void setClientId(Long clientId) {
    this.clientId = clientId;
  }
}
