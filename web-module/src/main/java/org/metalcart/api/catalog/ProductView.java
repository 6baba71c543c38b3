package org.metalcart.api.catalog;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.ProductType;

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
      "createdAt"
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
    return view;
  }
}
