package org.metalcart.it;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the member's phone does: the 6-digit TOTP code (RFC 6238, HMAC-SHA1, 30 s) of a base-32 key
 * as the console shows it. Written here from the RFC rather than taken from Metalcart, so that the
 * tests check the console against the standard, not against itself.
 */
final class Authenticator {

  private final byte[] key;

  Authenticator(String base32Key) {
    this.key = decode(base32Key);
  }

  String codeAt(Instant at) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
      int offset = hash[19] & 0xf;
      int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format("%06d", value % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The code of the next 30-second step: a code that has not been used yet. */
  String nextCode() {
    return codeAt(Instant.now().plusSeconds(30));
  }

  String code() {
    return codeAt(Instant.now());
  }

  private static byte[] decode(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : clean.toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }
}
