package org.metalcart.console.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.Product;
import org.metalcart.console.Formats;
import org.metalcart.console.ListPage;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;
import org.metalcart.stock.Stock;
import org.metalcart.stock.StockLevel;

/** The tariff plans on sale, with the module settings that pick and set up their servers. */
@Named
@RequestScoped
public class ProductList extends ListPage<Product> {

  @Inject Catalog catalog;

  @Inject Stock stock;

  @Inject Formats formats;

  /** The stock of the plans on this page, counted once for the page. */
  private Map<Long, StockLevel> levels;

  /** A plan of this page: its free servers in words ("3 free", "100+ free", or why unknown). */
  public String stockOf(Product product) {
    if (levels == null) {
      levels = stock.of(getItems());
    }
    return formats.stock(Optional.ofNullable(levels.get(product.id())));
  }

  @Override
  protected Page<Product> read(PageRequest request, String search) {
    return catalog.products(request);
  }
}
