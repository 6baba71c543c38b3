package org.metalcart.api.credentials;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** A new secret for a credential, and how long the old one keeps working beside it. */
@Schema(name = "RotationRequest")
public class RotationRequest extends JsonRequest {

  @Schema(
      required = true,
      description = "At least 24 characters; a random string is best",
      minLength = 24)
  @NotNull
  @Size(min = 24, max = 256)
  public String secret;

  @Schema(
      description =
          "How long the old secret is still accepted, so that the programs using it can change"
              + " over one by one (default 86400: a day; 0: not at all; at most 30 days)")
  @Min(0)
  @Max(2_592_000)
  public Long overlapSeconds;

  @Override
  public String toString() {
    return "RotationRequest[secret=***, overlapSeconds=" + overlapSeconds + "]";
  }
}
