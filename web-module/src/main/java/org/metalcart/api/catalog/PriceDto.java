package org.metalcart.api.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.validation.OneOf;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.Price;

/** The price of one billing cycle, in requests and responses alike. */
@Schema(name = "Price")
public class PriceDto {

  @Schema(required = true, implementation = BillingCycle.class)
  @NotNull
  @OneOf(BillingCycle.class)
  public String cycle;

  @Schema(required = true, description = "Price of one cycle", example = "89.00")
  @NotNull
  @DecimalMin("0.00")
  @Digits(integer = 10, fraction = 2)
  public BigDecimal amount;

  @Schema(description = "Charged once with the first invoice", defaultValue = "0.00")
  @DecimalMin("0.00")
  @Digits(integer = 10, fraction = 2)
  public BigDecimal setupFee;

  Price toPrice() {
    return new Price(BillingCycle.valueOf(cycle), amount, setupFee);
  }

  static PriceDto of(Price price) {
    PriceDto dto = new PriceDto();
    dto.cycle = price.cycle().name();
    dto.amount = price.amount();
    dto.setupFee = price.setupFee();
    return dto;
  }
}
