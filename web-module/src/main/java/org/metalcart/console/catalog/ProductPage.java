package org.metalcart.console.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;

/** One tariff plan: prices and the DCImanager module settings. */
@Named
@RequestScoped
public class ProductPage {

  @Inject Catalog catalog;

  private long id;

  private Product product;

  public Product getProduct() {
    if (product == null) {
      product = catalog.product(id);
    }
    return product;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
