package org.metalcart.whmcs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.shared.NotFoundException;

/** The plans one call names, each looked up once: a list names the same few plans many times. */
final class Plans {

  private final Catalog catalog;

  private final Map<Long, Optional<Product>> seen = new HashMap<>();

  Plans(Catalog catalog) {
    this.catalog = catalog;
  }

  Optional<Product> plan(long id) {
    return seen.computeIfAbsent(id, this::find);
  }

  String name(long id) {
    return plan(id).map(Product::name).orElse("");
  }

  private Optional<Product> find(long id) {
    try {
      return Optional.of(catalog.product(id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
