package org.metalcart.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** The catalog of tariff plans: adding and reading them. Each method is one transaction. */
@Stateless
public class Catalog {

  @Inject ProductRepository products;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "metalcart.currency", defaultValue = "USD")
  String defaultCurrency;

  public Product add(NewProduct request) {
    return products.store(
        Product.dedicatedServer(
                request.name(),
                request.description(),
                request.currency() == null ? defaultCurrency : request.currency(),
                request.moduleSettings(),
                request.prices(),
                clock.instant())
            .stock(request.stockPolicy(), request.lowStockThreshold()));
  }

  /**
   * Changes the plan's name, description, module settings, prices or stock rules; the services
   * already sold keep their price.
   */
  public Product change(long id, ProductChange change) {
    Product product = product(id);
    if (change.name() != null) {
      products.requireNameFree(change.name().strip(), product);
    }
    product.change(change);
    return products.flushChanged(product);
  }

  /** Retires the plan: no new orders; what was sold on it goes on. */
  public Product retire(long id) {
    Product product = products.find(id).orElseThrow(() -> new NotFoundException("product", id));
    product.retire(clock.instant());
    return product;
  }

  public Product product(long id) {
    return products.find(id).orElseThrow(() -> new NotFoundException("product", id));
  }

  public Page<Product> products(PageRequest page) {
    return products.list(page);
  }
}
