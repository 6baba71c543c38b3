package org.metalcart.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.metalcart.shared.Caller;

/**
 * The signed-in member of staff as the business core sees a caller: staff act as administrators,
 * and what they do is recorded under their username (created by, actor in the module log).
 */
@RequestScoped
public class ConsoleCaller {

  @Inject SecurityContext security;

  public Caller caller() {
    return new Caller(security.getCallerPrincipal().getName(), true);
  }
}
