package org.metalcart.security;

import java.time.Duration;

/** What an identifier and secret from an address got: a role, a refusal, or a hold. */
public sealed interface ApiAuthenticationResult {

  record Authenticated(ApiRole role) implements ApiAuthenticationResult {}

  /**
   * Wrong, unknown, revoked, expired or from an address the credential does not allow: the answer
   * never says which (the log does, for the operator, when the secret was right).
   */
  record Refused() implements ApiAuthenticationResult {}

  /** Too many failures from this identifier or address: try again after {@code retryAfter}. */
  record Held(Duration retryAfter) implements ApiAuthenticationResult {}
}
