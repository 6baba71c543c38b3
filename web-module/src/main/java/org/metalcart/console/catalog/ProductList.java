package org.metalcart.console.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.console.ListPage;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** The tariff plans on sale, with the module settings that pick and set up their servers. */
@Named
@RequestScoped
public class ProductList extends ListPage<Product> {

  @Inject Catalog catalog;

  @Override
  protected Page<Product> read(PageRequest request, String search) {
    return catalog.products(request);
  }
}
