package org.metalcart.api.credentials;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** New settings for a credential: each field given replaces the credential's. */
@Schema(
    name = "CredentialChangeRequest",
    description = "Fields given replace the credential's; its secret changes only by rotation")
public class CredentialChangeRequest extends JsonRequest {

  @Size(max = 200)
  public String label;

  @Schema(description = "A new expiry, in the future")
  public Instant expiresAt;

  @Schema(description = "true: it never expires (expiresAt must then be absent)")
  public boolean neverExpires;

  @Schema(description = "The addresses and networks (CIDR) it may be used from; empty: any")
  @Size(max = 100)
  public List<String> allowedAddresses;
}
