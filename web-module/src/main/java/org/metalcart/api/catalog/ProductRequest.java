package org.metalcart.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.api.input.MultilineText;
import org.metalcart.api.validation.OneOf;
import org.metalcart.catalog.NewProduct;
import org.metalcart.catalog.StockPolicy;

/** A tariff plan to add to the catalog. */
@Schema(name = "ProductRequest")
public class ProductRequest extends JsonRequest {

  @NotBlank
  @Size(max = 200)
  public String name;

  @MultilineText
  @Size(max = 2000)
  public String description;

  @Schema(description = "ISO 4217 code; absent: the configured default currency", example = "USD")
  @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 currency code")
  public String currency;

  @NotNull @Valid public ModuleSettingsDto moduleSettings;

  @Schema(required = true, description = "At most one price per billing cycle")
  @NotEmpty
  @Size(max = 8)
  public List<@NotNull @Valid PriceDto> prices;

  @Schema(
      description =
          "What an order does when DCImanager has no free server for the plan: WAIT (accepted,"
              + " the service waits Pending) or REFUSE (an out-of-stock problem)",
      implementation = StockPolicy.class,
      defaultValue = "WAIT")
  @OneOf(StockPolicy.class)
  public String stockPolicy;

  @Schema(
      description = "Fewer free servers than this and the dashboard warns; 0 (the default): never",
      defaultValue = "0")
  @Min(0)
  @Max(100)
  public Integer lowStockThreshold;

  NewProduct toNewProduct() {
    return new NewProduct(
        name.strip(),
        description,
        currency,
        moduleSettings.toSettings(),
        prices.stream().map(PriceDto::toPrice).toList(),
        stockPolicy == null ? StockPolicy.WAIT : StockPolicy.valueOf(stockPolicy),
        lowStockThreshold == null ? 0 : lowStockThreshold);
  }
}
