package org.metalcart.api.ordering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.ordering.NewOrder;
import org.metalcart.shared.InvalidInputException;

/** An order from the console or an external shopping cart. */
@Schema(name = "OrderRequest")
public class OrderRequest extends JsonRequest {

  @NotNull @Positive public Long clientId;

  @NotEmpty
  @Size(max = 20)
  public List<@NotNull @Valid OrderItemRequest> items;

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** The key a cart repeats with a retried order: visible ASCII, as header values are. */
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  NewOrder toNewOrder(String idempotencyKey) {
    if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
      throw new InvalidInputException(
          IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters without spaces");
    }
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
