package org.metalcart.shared;

import java.util.Objects;

/**
 * Who is asking: a member of staff's username or an API credential's identifier, and whether they
 * see every client's records (staff roles do). A cart sees only what it created; anything else must
 * look exactly like something that does not exist. What a caller may change is decided at the door,
 * by its role (org.metalcart.security.Permission).
 */
public record Caller(String identifier, boolean seesAll) {

  public Caller {
    Objects.requireNonNull(identifier, "identifier");
  }

  public boolean maySee(String createdBy) {
    return seesAll || identifier.equals(createdBy);
  }
}
