package org.metalcart.api.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** Why an admin suspends a service. */
@Schema(name = "SuspendRequest")
public class SuspendRequest extends JsonRequest {

  @Schema(required = true, example = "abuse report #4711")
  @NotBlank
  @Size(max = 500)
  public String reason;
}
