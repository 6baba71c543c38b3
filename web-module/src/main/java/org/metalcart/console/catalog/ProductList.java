package org.metalcart.console.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.console.Formats;
import org.metalcart.console.ListPage;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;
import org.metalcart.stock.Stock;

/** The tariff plans on sale, with the module settings that pick and set up their servers. */
@Named
@RequestScoped
public class ProductList extends ListPage<Product> {

  @Inject Catalog catalog;

  @Inject Stock stock;

  @Inject Formats formats;

  /** The plan's free servers in words: "3 free", "100+ free", or why it is unknown. */
  public String stockOf(Product product) {
    return formats.stock(stock.of(product));
  }

  @Override
  protected Page<Product> read(PageRequest request, String search) {
    return catalog.products(request);
  }
}
