package org.metalcart.api.credentials;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.api.validation.OneOf;
import org.metalcart.security.ApiRole;

/**
 * A credential to create. The admin chooses the secret and hands it to the cart's operator:
 * Metalcart stores only its hash and never shows it in a response.
 */
@Schema(name = "CredentialRequest")
public class CredentialRequest extends JsonRequest {

  @NotBlank
  @Pattern(
      regexp = "[A-Za-z0-9._-]{3,64}",
      message = "must be 3 to 64 letters, digits, dots, dashes or underscores")
  public String identifier;

  @Schema(
      required = true,
      description = "At least 24 characters; a random string is best",
      minLength = 24)
  @NotNull
  @Size(min = 24, max = 256)
  public String secret;

  @Schema(required = true, implementation = ApiRole.class)
  @NotNull
  @OneOf(ApiRole.class)
  public String role;

  @Size(max = 200)
  public String label;

  @Schema(description = "It opens nothing from then on; absent: it never expires")
  public Instant expiresAt;

  @Schema(
      description =
          "The client addresses and networks (CIDR) it may be used from, e.g. 203.0.113.0/24 or"
              + " 2001:db8::/32; absent or empty: any")
  @Size(max = 100)
  public List<String> allowedAddresses;

  @Override
  public String toString() {
    return "CredentialRequest[identifier=" + identifier + ", role=" + role + ", secret=***]";
  }
}
