package org.metalcart.api.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.ordering.NewOrder;

/** An order from the console or an external shopping cart. */
@Schema(name = "OrderRequest")
public class OrderRequest {

  @NotNull public Long clientId;

  @NotEmpty
  @Size(max = 20)
  public List<@NotNull @Valid OrderItemRequest> items;

  NewOrder toNewOrder(String idempotencyKey) {
    return new NewOrder(
        clientId, items.stream().map(OrderItemRequest::toItem).toList(), idempotencyKey, digest());
  }

  /**
   * What makes two requests "the same order" for an Idempotency-Key: every field, in a fixed form
   * (so JSON spacing and field order do not matter), hashed so the password is not stored twice.
   */
  String digest() {
    StringBuilder canonical = new StringBuilder().append(clientId);
    for (OrderItemRequest item : items) {
      canonical
          .append('\u0000')
          .append(item.productId)
          .append('\u0000')
          .append(item.billingCycle)
          .append('\u0000')
          .append(item.hostname)
          .append('\u0000')
          .append(item.password);
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
