package org.metalcart.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP) as every authenticator app makes
 * them by default: HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits.
 */
final class Totp {

  static final int DIGITS = 6;

  static final long STEP_SECONDS = 30;

  /**
   * A code of the step before or after is accepted too: the phone's clock may be a little off, and
   * typing takes time.
   */
  static final int ALLOWED_DRIFT_STEPS = 1;

  private Totp() {}

  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of {@code step} for {@code key}, as the digits an app shows (leading zeros kept). */
  static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(longBytes(step));
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int otp = binary % 1_000_000;
      return String.format("%06d", otp);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
  }

  /**
   * The step whose code {@code given} is, among those allowed around {@code now} and after {@code
   * lastUsedStep} (a code is good once: a code seen over someone's shoulder is spent), if any.
   */
  static OptionalLong matchingStep(byte[] key, String given, Instant now, long lastUsedStep) {
    if (given == null || !given.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
      if (step > lastUsedStep
          && MessageDigest.isEqual(code(key, step).getBytes(), given.getBytes())) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  private static byte[] longBytes(long value) {
    byte[] bytes = new byte[8];
    for (int i = 7; i >= 0; i--) {
      bytes[i] = (byte) (value & 0xff);
      value >>= 8;
    }
    return bytes;
  }
}
