package org.metalcart.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials verified in the last minute. A cart calls the API hundreds of times a second, and a
 * PBKDF2 verification costs milliseconds of CPU each time: the stored hash keeps a leaked table
 * useless, this keeps the API fast. Nothing secret is kept: an entry is found by an HMAC of the
 * identifier and secret under a random key that lives only in this process. Credentials cannot be
 * changed while the application runs (the administrator's is replaced at start-up), so a minute of
 * memory never lets an old secret in.
 */
@ApplicationScoped
public class RecentlyVerified {

  private static final Duration REMEMBERED = Duration.ofSeconds(60);

  /** More distinct credentials than this in a minute is not a cart: start over rather than grow. */
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(ApiRole role, Instant until) {}

  private final SecretKeySpec key;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  public RecentlyVerified() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = new SecretKeySpec(random, "HmacSHA256");
  }

  Optional<ApiRole> role(String identifier, String secret, Instant now) {
    Entry entry = entries.get(fingerprint(identifier, secret));
    return entry != null && entry.until().isAfter(now)
        ? Optional.of(entry.role())
        : Optional.empty();
  }

  void remember(String identifier, String secret, ApiRole role, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(fingerprint(identifier, secret), new Entry(role, now.plus(REMEMBERED)));
  }

  private String fingerprint(String identifier, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder()
          .encodeToString(
              mac.doFinal((identifier + '\u0000' + secret).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
