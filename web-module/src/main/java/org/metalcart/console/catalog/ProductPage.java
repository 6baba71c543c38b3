package org.metalcart.console.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.Formats;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.security.Permission;
import org.metalcart.stock.Stock;

/**
 * One tariff plan: prices, the DCImanager module settings, its stock, and Retire (asked first: a
 * retired plan takes no new orders, which cannot be undone here).
 */
@Named
@ViewScoped
public class ProductPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsoleAccess access;

  @Inject Catalog catalog;

  @Inject Stock stock;

  @Inject Formats formats;

  private long id;

  /** Retire waits for the operator's confirmation. */
  private boolean asking;

  private transient Product product;

  public Product getProduct() {
    if (product == null) {
      product = catalog.product(id);
    }
    return product;
  }

  /** The plan's free servers in words, counted now. */
  public String getStock() {
    return formats.stock(stock.of(getProduct()));
  }

  public void ask() {
    if (access.refuses(Permission.MANAGE_CATALOG)) {
      return;
    }
    asking = true;
  }

  public void keep() {
    asking = false;
  }

  public String retire() {
    if (access.refuses(Permission.MANAGE_CATALOG)) {
      return null;
    }
    asking = false;
    product = catalog.retire(id);
    ConsoleMessages.ok(
        "Retired " + product.name() + ": it takes no new orders; its services go on.");
    return ConsoleMessages.redirectTo("/console/product?id=" + id);
  }

  public boolean isAsking() {
    return asking;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
