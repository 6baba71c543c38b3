package org.metalcart.api.security;

import jakarta.ws.rs.core.SecurityContext;
import org.metalcart.security.ApiRole;
import org.metalcart.shared.Caller;

/** The business core's view of who is calling, from the request's security context. */
public final class Callers {

  private Callers() {}

  public static Caller of(SecurityContext security) {
    return new Caller(
        security.getUserPrincipal().getName(),
        RoleCheck.role(security).map(ApiRole::seesAll).orElse(false));
  }
}
