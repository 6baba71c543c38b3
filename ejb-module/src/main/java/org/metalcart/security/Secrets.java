package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Secrets at rest: seals what Metalcart must keep for a while (a server's root password until the
 * server is installed) and fingerprints what contains a secret, with the keys of {@code
 * metalcart.secrets.*} (see {@link SecretKeys}). {@link SecretsBootstrap} checks them at start-up.
 */
@ApplicationScoped
public class Secrets {

  public static final String KEY_PROPERTY = "metalcart.secrets.key";
  public static final String PREVIOUS_KEYS_PROPERTY = "metalcart.secrets.previous-keys";

  @Inject
  @ConfigProperty(name = KEY_PROPERTY)
  Optional<String> key;

  @Inject
  @ConfigProperty(name = PREVIOUS_KEYS_PROPERTY)
  Optional<String> previousKeys;

  @Inject
  @ConfigProperty(name = "metalcart.demo.enabled", defaultValue = "false")
  boolean demo;

  private volatile SecretKeys keys;

  SecretKeys keys() {
    SecretKeys current = keys;
    if (current == null) {
      current = SecretKeys.fromConfiguration(key, previousKeys, demo, KEY_PROPERTY);
      keys = current;
    }
    return current;
  }

  public String seal(String secret) {
    return secret == null ? null : keys().seal(secret);
  }

  public String open(String sealed) {
    return keys().open(sealed);
  }

  public String digest(String text) {
    return keys().digest(text);
  }

  public boolean matches(String text, String stored) {
    return keys().matches(text, stored);
  }
}
