package org.metalcart.console.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
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

  /** The plan's free servers in words: "3 free", "100+ free", or why it is unknown. */
  public String stockOf(Product product) {
    return stock
        .of(product)
        .map(
            level ->
                (level.more() ? Stock.COUNTED + "+" : String.valueOf(level.available()))
                    + " free"
                    + (level.waiting() > 0 ? " (" + level.waiting() + " waiting)" : ""))
        .orElse("unknown: DCImanager cannot be asked");
  }

  @Override
  protected Page<Product> read(PageRequest request, String search) {
    return catalog.products(request);
  }
}
