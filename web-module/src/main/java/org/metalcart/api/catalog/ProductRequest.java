package org.metalcart.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.api.input.MultilineText;
import org.metalcart.catalog.NewProduct;

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

  NewProduct toNewProduct() {
    return new NewProduct(
        name.strip(),
        description,
        currency,
        moduleSettings.toSettings(),
        prices.stream().map(PriceDto::toPrice).toList());
  }
}
