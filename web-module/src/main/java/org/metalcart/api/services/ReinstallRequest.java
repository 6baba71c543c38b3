package org.metalcart.api.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** The OS a server gets anew, and its new root password. */
@Schema(name = "ReinstallRequest")
public class ReinstallRequest extends JsonRequest {

  @Schema(
      required = true,
      description = "One of DCImanager's OS templates (GET /dcimanager/os-templates)",
      example = "Debian 12")
  @NotBlank
  @Size(max = 200)
  public String template;

  @Schema(
      required = true,
      description =
          "The new root password: 10 to 64 characters from three of lower case, upper case,"
              + " digits and symbols; kept sealed until the install started, never shown",
      example = "N3w-Root-Passw0rd",
      format = "password")
  @NotBlank
  @Size(max = 64)
  public String password;
}
