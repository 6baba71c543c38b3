package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed API authentications, counted per identifier and per client address, so that guessing a
 * secret is slow either way: ten failures in a row hold an identifier, fifty an address (carts
 * behind one address share its count; {@code metalcart.api.failed-authentications-per-identifier}
 * and {@code …-per-address} change them), 30 s at first, doubling up to 15 minutes ({@link
 * SignInThrottle}'s rules). Identifiers that do not exist are counted like those that do, and a
 * held answer is the same for both, so it never tells whether an identifier exists. A right secret
 * clears its identifier's count, never its address's: one good credential must not buy endless
 * guesses at others. In memory, per instance.
 */
@ApplicationScoped
public class ApiThrottle {

  static final int FREE_FAILURES_PER_IDENTIFIER = 10;

  static final int FREE_FAILURES_PER_ADDRESS = 50;

  private final SignInThrottle identifiers;

  private final SignInThrottle addresses;

  /** The defaults, for tests. */
  ApiThrottle() {
    this(FREE_FAILURES_PER_IDENTIFIER, FREE_FAILURES_PER_ADDRESS);
  }

  @Inject
  ApiThrottle(
      @ConfigProperty(
              name = "metalcart.api.failed-authentications-per-identifier",
              defaultValue = "" + FREE_FAILURES_PER_IDENTIFIER)
          int perIdentifier,
      @ConfigProperty(
              name = "metalcart.api.failed-authentications-per-address",
              defaultValue = "" + FREE_FAILURES_PER_ADDRESS)
          int perAddress) {
    this.identifiers = new SignInThrottle(Math.max(1, perIdentifier));
    this.addresses = new SignInThrottle(Math.max(1, perAddress));
  }

  /** How much longer this identifier or this address is held, whichever is longer, if either. */
  Optional<Duration> heldFor(String identifier, String address, Instant now) {
    return Stream.of(identifiers.heldFor(identifier, now), addresses.heldFor(address, now))
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  void failed(String identifier, String address, Instant now) {
    identifiers.failed(identifier, now);
    addresses.failed(address, now);
  }

  void succeeded(String identifier) {
    identifiers.succeeded(identifier);
  }
}
