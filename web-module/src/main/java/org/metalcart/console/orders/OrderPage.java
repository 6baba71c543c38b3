package org.metalcart.console.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.metalcart.catalog.Catalog;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientRegistry;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.ordering.OrderStatus;
import org.metalcart.ordering.Ordering;
import org.metalcart.ordering.PlacedOrder;
import org.metalcart.security.Permission;
import org.metalcart.services.Service;
import org.metalcart.shared.BusinessException;

/**
 * One order, as the seed's operator sees it: its services and invoice, and the buttons Accept (with
 * "Run Module Create" checked, which queues provisioning at once), Cancel and Fraud.
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsoleAccess access;

  @Inject Ordering ordering;

  @Inject ClientRegistry clients;

  @Inject Catalog catalog;

  @Inject ConsoleCaller caller;

  private long id;

  private boolean runModuleCreate = true;

  /** Cancel or Fraud, waiting for the operator to confirm; null when nothing waits. */
  private OrderStatus closing;

  private transient PlacedOrder placed;

  private transient Client client;

  public PlacedOrder getPlaced() {
    if (placed == null) {
      placed = ordering.order(id, caller.caller());
    }
    return placed;
  }

  public Client getClient() {
    if (client == null) {
      client = clients.client(getPlaced().order().clientId(), caller.caller());
    }
    return client;
  }

  public String productName(Service service) {
    return catalog.product(service.productId()).name();
  }

  public boolean isPending() {
    return getPlaced().order().status() == OrderStatus.PENDING;
  }

  public String accept() {
    if (access.refuses(Permission.REVIEW_ORDERS)) {
      return null;
    }
    try {
      PlacedOrder accepted = ordering.accept(id, runModuleCreate, caller.caller());
      ConsoleMessages.ok(
          "Order "
              + accepted.order().orderNumber()
              + " accepted."
              + (runModuleCreate
                  ? " Module Create is running for "
                      + accepted.services().size()
                      + (accepted.services().size() == 1 ? " service." : " services.")
                  : ""));
    } catch (BusinessException refused) {
      ConsoleMessages.failed("Accept failed: " + refused.getMessage());
    }
    return reload();
  }

  public void askToCancel() {
    if (access.refuses(Permission.REVIEW_ORDERS)) {
      return;
    }
    closing = OrderStatus.CANCELLED;
    placed = null;
  }

  public void askToMarkFraud() {
    if (access.refuses(Permission.REVIEW_ORDERS)) {
      return;
    }
    closing = OrderStatus.FRAUD;
    placed = null;
  }

  public void keep() {
    closing = null;
    placed = null;
  }

  public String confirmClose() {
    if (access.refuses(Permission.REVIEW_ORDERS)) {
      return null;
    }
    OrderStatus finalStatus = closing;
    closing = null;
    if (finalStatus == null) {
      return null;
    }
    try {
      PlacedOrder closed = ordering.close(id, finalStatus, caller.caller());
      ConsoleMessages.ok(
          "Order "
              + closed.order().orderNumber()
              + (finalStatus == OrderStatus.FRAUD ? " marked as fraud." : " cancelled.")
              + " Its services are being terminated and its unpaid invoice cancelled.");
    } catch (BusinessException refused) {
      ConsoleMessages.failed(refused.getMessage());
    }
    return reload();
  }

  private String reload() {
    return ConsoleMessages.redirectTo("/console/order?id=" + id);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public boolean isRunModuleCreate() {
    return runModuleCreate;
  }

  public void setRunModuleCreate(boolean runModuleCreate) {
    this.runModuleCreate = runModuleCreate;
  }

  public OrderStatus getClosing() {
    return closing;
  }
}
