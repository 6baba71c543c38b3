package org.metalcart.api.staff;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;
import org.metalcart.api.validation.OneOf;
import org.metalcart.security.ApiRole;

/**
 * A new role or password for a console account (the fields given). Either change signs the account
 * out everywhere: its sessions end at their next request.
 */
@Schema(
    name = "StaffAccountChangeRequest",
    description =
        "Fields given replace the account's; a change of role, password or second factor ends its"
            + " console sessions")
public class StaffAccountChangeRequest extends JsonRequest {

  @Schema(enumeration = {"ADMIN", "SUPPORT", "BILLING", "READ_ONLY"})
  @OneOf(ApiRole.class)
  public String role;

  @Schema(description = "At least 12 characters", minLength = 12)
  @Size(min = 12, max = 256)
  public String password;

  @Schema(
      description =
          "true turns the account's two-factor sign-in off (a lost phone and lost recovery codes):"
              + " its password alone signs in again, and where two-factor sign-in is required it"
              + " sets it up anew")
  public boolean resetTwoFactor;

  @Override
  public String toString() {
    return "StaffAccountChangeRequest[role="
        + role
        + ", password="
        + (password == null ? "absent" : "***")
        + ", resetTwoFactor="
        + resetTwoFactor
        + "]";
  }
}
