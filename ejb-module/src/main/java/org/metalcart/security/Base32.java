package org.metalcart.security;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * RFC 4648 base 32 without padding: how authenticator apps take a TOTP secret (in the otpauth URI,
 * or typed by hand, when case and spaces do not matter).
 */
final class Base32 {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  static String encode(byte[] data) {
    StringBuilder text = new StringBuilder((data.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return text.toString();
  }

  /** Decodes, ignoring case, spaces, dashes and padding; refuses any other character. */
  static byte[] decode(String text) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == ' ' || c == '-' || c == '=') {
        continue;
      }
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base 32");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        data.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return data.toByteArray();
  }
}
