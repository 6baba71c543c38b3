package org.metalcart.security;

import java.io.Serializable;

/**
 * Who signed in to the console: what the web tier keeps in the session, never the password.
 * Serializable because a server may write sessions to disk or to another cluster member.
 */
public record StaffMember(String username, String displayName) implements Serializable {

  /** The one role of the console: staff may do everything an admin API credential may. */
  public static final String ROLE = "staff";
}
