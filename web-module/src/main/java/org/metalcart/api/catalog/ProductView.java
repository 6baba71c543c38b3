package org.metalcart.api.catalog;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.ProductType;
import org.metalcart.catalog.StockPolicy;
import org.metalcart.stock.Stock;
import org.metalcart.stock.StockLevel;

/** A tariff plan as the API shows it. */
@Schema(
    name = "Product",
    requiredProperties = {
      "id",
      "name",
      "type",
      "currency",
      "moduleSettings",
      "prices",
      "createdAt",
      "stockPolicy",
      "lowStockThreshold"
    })
public class ProductView {

  public long id;
  public String name;

  @Schema(implementation = ProductType.class)
  public String type;

  public String description;
  public String currency;
  public ModuleSettingsDto moduleSettings;
  public List<PriceDto> prices;
  public Instant createdAt;

  @Schema(implementation = StockPolicy.class)
  public String stockPolicy;

  public int lowStockThreshold;

  @Schema(description = "When the plan was retired (it takes no new orders); absent while on sale")
  public Instant retiredAt;

  @Schema(description = "Free servers for the plan now; absent when DCImanager cannot be asked")
  public StockView stock;

  /** Free servers as DCImanager and Metalcart know them. */
  @Schema(
      name = "Stock",
      requiredProperties = {"free", "more", "waiting", "available", "countedAt"})
  public static class StockView {
    @Schema(description = "Free servers of the plan's Package Name not claimed in Metalcart")
    public int free;

    @Schema(description = "true: there may be more free servers than counted (100)")
    public boolean more;

    @Schema(description = "Services of plans of that Package Name waiting for a server")
    public long waiting;

    @Schema(description = "What new orders can still get: free less waiting")
    public long available;

    @Schema(description = "When DCImanager was asked (its answer is kept briefly)")
    public Instant countedAt;

    static StockView of(StockLevel level) {
      StockView view = new StockView();
      view.free = level.free();
      view.more = level.more();
      view.waiting = level.waiting();
      view.available = level.available();
      view.countedAt = level.countedAt();
      return view;
    }
  }

  /** The plan with its stock, counted now. */
  static ProductView of(Product product, Stock stock) {
    return of(product, stock.of(product).orElse(null));
  }

  /** The plan with its stock; null when DCImanager could not tell it. */
  static ProductView of(Product product, StockLevel level) {
    ProductView view = of(product);
    view.stock = level == null ? null : StockView.of(level);
    return view;
  }

  static ProductView of(Product product) {
    ProductView view = new ProductView();
    view.id = product.id();
    view.name = product.name();
    view.type = product.type().name();
    view.description = product.description();
    view.currency = product.currency();
    view.moduleSettings = ModuleSettingsDto.of(product.moduleSettings());
    view.prices = product.prices().stream().map(PriceDto::of).toList();
    view.createdAt = product.createdAt();
    view.stockPolicy = product.stockPolicy().name();
    view.lowStockThreshold = product.lowStockThreshold();
    view.retiredAt = product.retiredAt();
    return view;
  }
}
