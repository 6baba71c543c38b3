package org.metalcart.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.api.input.MultilineText;
import org.metalcart.api.validation.OneOf;
import org.metalcart.catalog.ProductChange;
import org.metalcart.catalog.StockPolicy;

/**
 * A change to a tariff plan: each field given replaces the plan's, each field left out stays. The
 * module settings and the prices are replaced as a whole. The currency cannot change.
 */
@Schema(
    name = "ProductChangeRequest",
    description =
        "Fields given replace the plan's; fields left out stay. moduleSettings and prices are"
            + " replaced as a whole. Services already sold keep their price.")
public class ProductChangeRequest extends JsonRequest {

  @Size(min = 1, max = 200)
  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
  public String name;

  @Schema(description = "An empty text removes the description")
  @MultilineText
  @Size(max = 2000)
  public String description;

  @Valid public ModuleSettingsDto moduleSettings;

  @Schema(description = "At most one price per billing cycle")
  @Size(min = 1, max = 8)
  public List<@NotNull @Valid PriceDto> prices;

  @Schema(implementation = StockPolicy.class)
  @OneOf(StockPolicy.class)
  public String stockPolicy;

  @Min(0)
  @Max(100)
  public Integer lowStockThreshold;

  ProductChange toChange() {
    return new ProductChange(
        name,
        description,
        moduleSettings == null ? null : moduleSettings.toSettings(),
        prices == null ? null : prices.stream().map(PriceDto::toPrice).toList(),
        stockPolicy == null ? null : StockPolicy.valueOf(stockPolicy),
        lowStockThreshold);
  }
}
