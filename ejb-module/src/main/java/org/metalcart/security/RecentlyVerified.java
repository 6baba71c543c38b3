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
 * Credentials verified in the last 15 seconds, from the same address. A cart calls the API hundreds
 * of times a second, and a PBKDF2 verification costs milliseconds of CPU each time: the stored hash
 * keeps a leaked table useless, this keeps the API fast. Nothing secret is kept: an entry is found
 * by an HMAC of the identifier, secret and address under a random key that lives only in this
 * process. An entry never outlives the credential's expiry or a rotation's overlap, and a change of
 * any credential on this instance (rotation, revocation, new expiry or addresses) forgets them all;
 * another instance forgets within 15 seconds.
 */
@ApplicationScoped
public class RecentlyVerified {

  static final Duration REMEMBERED = Duration.ofSeconds(15);

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

  Optional<ApiRole> role(String identifier, String secret, String address, Instant now) {
    Entry entry = entries.get(fingerprint(identifier, secret, address));
    return entry != null && entry.until().isAfter(now)
        ? Optional.of(entry.role())
        : Optional.empty();
  }

  /** Remembers the verification until {@code validUntil} (the expiry), 15 s at most. */
  void remember(
      String identifier,
      String secret,
      String address,
      ApiRole role,
      Instant now,
      Instant validUntil) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    Instant until = now.plus(REMEMBERED);
    if (validUntil != null && validUntil.isBefore(until)) {
      until = validUntil;
    }
    entries.put(fingerprint(identifier, secret, address), new Entry(role, until));
  }

  /** Forgets every verification: a credential changed. */
  void forgetAll() {
    entries.clear();
  }

  private String fingerprint(String identifier, String secret, String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getEncoder()
          .encodeToString(
              mac.doFinal(
                  (identifier + '\u0000' + secret + '\u0000' + address)
                      .getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
