package org.metalcart.api.ordering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.validation.OneOf;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.ordering.NewOrderItem;

/** One server in an order. */
@Schema(name = "OrderItemRequest")
public class OrderItemRequest {

  @NotNull @Positive public Long productId;

  @Schema(required = true, implementation = BillingCycle.class)
  @NotNull
  @OneOf(BillingCycle.class)
  public String billingCycle;

  @Schema(
      description = "The server's hostname; without one, the plan's domain template names it",
      example = "web1.example.com")
  @Size(max = 253)
  public String hostname;

  @Schema(
      description =
          "The server's root password, also the password of a new DCImanager account: 10 to 64"
              + " characters from three of lower case, upper case, digits, symbols. Never shown"
              + " again.",
      writeOnly = true)
  @Size(max = 64)
  public String password;

  NewOrderItem toItem() {
    return new NewOrderItem(productId, BillingCycle.valueOf(billingCycle), hostname, password);
  }
}
