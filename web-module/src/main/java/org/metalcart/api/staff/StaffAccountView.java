package org.metalcart.api.staff;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.security.StaffAccount;

/** A console account as the API shows it: never its password or its hash. */
@Schema(
    name = "StaffAccount",
    requiredProperties = {"username", "displayName", "role", "twoFactorEnabled", "createdAt"})
public class StaffAccountView {

  public String username;
  public String displayName;

  @Schema(enumeration = {"ADMIN", "SUPPORT", "BILLING", "READ_ONLY"})
  public String role;

  public boolean twoFactorEnabled;
  public Instant createdAt;
  public Instant lastSignInAt;

  static StaffAccountView of(StaffAccount account) {
    StaffAccountView view = new StaffAccountView();
    view.username = account.username();
    view.displayName = account.displayName();
    view.role = account.role().name();
    view.twoFactorEnabled = account.twoFactorEnabled();
    view.createdAt = account.createdAt();
    view.lastSignInAt = account.lastSignInAt();
    return view;
  }
}
