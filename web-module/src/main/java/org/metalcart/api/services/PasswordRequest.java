package org.metalcart.api.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** A new password for the DCImanager account of a service's client. */
@Schema(name = "PasswordRequest")
public class PasswordRequest extends JsonRequest {

  @Schema(
      required = true,
      description =
          "10 to 64 characters from three of lower case, upper case, digits and symbols; never"
              + " shown or logged",
      example = "N3w-Panel-Passw0rd",
      format = "password")
  @NotBlank
  @Size(max = 64)
  public String password;
}
