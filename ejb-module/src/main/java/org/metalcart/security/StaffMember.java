package org.metalcart.security;

import java.io.Serializable;

/**
 * Who signed in to the console: what the web tier keeps in the session, never the password.
 * Serializable because a server may write sessions to disk or to another cluster member. The role
 * and the session epoch are those of the sign-in: when the account's have changed since, the
 * session ends. {@code twoFactor}: whether the account signs in with a second factor.
 */
public record StaffMember(
    String username, String displayName, ApiRole role, int sessionEpoch, boolean twoFactor)
    implements Serializable {

  /** Every signed-in member of staff holds this role (besides their own): it opens the console. */
  public static final String ROLE = "staff";

  /** Whether the account as it is now still matches this session's sign-in. */
  public boolean stillValid(StaffMember now) {
    return now.username().equals(username)
        && now.sessionEpoch() == sessionEpoch
        && now.role() == role;
  }

  public boolean may(Permission permission) {
    return role.may(permission);
  }
}
