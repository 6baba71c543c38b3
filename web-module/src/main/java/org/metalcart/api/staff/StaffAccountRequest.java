package org.metalcart.api.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.api.validation.OneOf;
import org.metalcart.security.ApiRole;

/** A console account to create. The password is stored only as a hash and never shown again. */
@Schema(name = "StaffAccountRequest")
public class StaffAccountRequest extends JsonRequest {

  @NotBlank
  @Pattern(
      regexp = "[A-Za-z0-9._@-]{3,64}",
      message = "must be 3 to 64 letters, digits, dots, dashes, underscores or @")
  public String username;

  @Schema(required = true, description = "At least 12 characters", minLength = 12)
  @NotNull
  @Size(min = 12, max = 256)
  public String password;

  @Schema(description = "The name shown in the console; the username when absent")
  @Size(max = 200)
  public String displayName;

  @Schema(
      description =
          "What the member of staff may do (admin when absent): ADMIN everything; SUPPORT clients,"
              + " orders, services and module commands; BILLING invoices, payments and renewals;"
              + " READ_ONLY sees and changes nothing",
      enumeration = {"ADMIN", "SUPPORT", "BILLING", "READ_ONLY"})
  @OneOf(ApiRole.class)
  public String role;

  @Override
  public String toString() {
    return "StaffAccountRequest[username=" + username + ", role=" + role + ", password=***]";
  }
}
