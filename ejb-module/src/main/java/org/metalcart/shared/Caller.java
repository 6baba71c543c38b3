package org.metalcart.shared;

import java.util.Objects;

/**
 * Who is asking: an API credential's identifier, and whether it is an admin. A cart sees only what
 * it created; anything else must look exactly like something that does not exist.
 */
public record Caller(String identifier, boolean admin) {

  public Caller {
    Objects.requireNonNull(identifier, "identifier");
  }

  public boolean maySee(String createdBy) {
    return admin || identifier.equals(createdBy);
  }
}
