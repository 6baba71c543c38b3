package org.metalcart.api.billing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.billing.NewPayment;

/** A payment reported by a gateway's callback or recorded by an admin. */
@Schema(name = "PaymentRequest")
public class PaymentRequest extends JsonRequest {

  @Schema(required = true, example = "stripe")
  @NotBlank
  @Size(max = 64)
  public String gateway;

  @Schema(
      required = true,
      description = "The gateway's transaction id: recorded once",
      example = "ch_3PqX9")
  @NotBlank
  @Size(max = 200)
  public String transactionId;

  @Schema(required = true, description = "Must equal the invoice total", example = "138.99")
  @NotNull
  @DecimalMin(value = "0.00")
  @Digits(integer = 10, fraction = 2)
  public BigDecimal amount;

  NewPayment toPayment() {
    return new NewPayment(gateway.strip(), transactionId.strip(), amount);
  }
}
