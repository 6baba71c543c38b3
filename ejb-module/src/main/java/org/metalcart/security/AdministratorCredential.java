package org.metalcart.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The administrator credential Metalcart ensures at start-up, taken from configuration. Outside the
 * demo there is no built-in default: without a configured secret, or with the published demo
 * secret, the application refuses to start rather than run with a credential everyone knows.
 */
public record AdministratorCredential(String identifier, String secret) {

  public static final String IDENTIFIER_PROPERTY = "metalcart.api.admin.identifier";
  public static final String SECRET_PROPERTY = "metalcart.api.admin.secret";
  public static final String DEMO_IDENTIFIER = "admin";

  /** Published in the README for the demo run, so it is refused everywhere else. */
  public static final String DEMO_SECRET = "metalcart-demo-admin";

  static final int MIN_SECRET_LENGTH = 16;
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{3,64}");

  public static AdministratorCredential fromConfiguration(
      String identifier, Optional<String> secret, boolean demo) {
    if (!IDENTIFIER.matcher(identifier).matches()) {
      throw new IllegalStateException(
          IDENTIFIER_PROPERTY + " must be 3 to 64 letters, digits, dots, dashes or underscores");
    }
    Optional<String> configured = secret.map(String::strip).filter(s -> !s.isEmpty());
    if (configured.isEmpty()) {
      if (demo) {
        return new AdministratorCredential(identifier, DEMO_SECRET);
      }
      throw new IllegalStateException(
          "No administrator credential is configured and Metalcart has no built-in one: set "
              + SECRET_PROPERTY
              + " (environment variable METALCART_API_ADMIN_SECRET) to a secret of at least "
              + MIN_SECRET_LENGTH
              + " characters");
    }
    if (!demo && configured.get().equals(DEMO_SECRET)) {
      throw new IllegalStateException(
          SECRET_PROPERTY + " is the published demo secret; choose a secret of your own");
    }
    if (configured.get().length() < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          SECRET_PROPERTY + " must be at least " + MIN_SECRET_LENGTH + " characters long");
    }
    return new AdministratorCredential(identifier, configured.get());
  }

  @Override
  public String toString() {
    return "AdministratorCredential[identifier=" + identifier + ", secret=***]";
  }
}
