package org.metalcart.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect secrets Metalcart must keep for a while (a server's root password until the
 * server is installed): AES-256-GCM to seal them, HMAC-SHA256 to fingerprint what contains them.
 * The current key seals; every configured key opens, so a key can be rotated: configure the new one
 * as current and keep the old one among the previous keys until nothing sealed with it is left. A
 * sealed value names its key by a short id (the first bytes of the key's SHA-256), never the key.
 */
public final class SecretKeys {

  /** Published in the README for the demo run, so it is refused everywhere else. */
  public static final String DEMO_KEY = "bWV0YWxjYXJ0LWRlbW8tc2VjcmV0cy1rZXktMzItYnk=";

  static final String SEALED = "aes-gcm:";
  static final String DIGEST = "hmac-sha256:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentId;
  private final Map<String, byte[]> keys;

  private SecretKeys(String currentId, Map<String, byte[]> keys) {
    this.currentId = currentId;
    this.keys = keys;
  }

  /**
   * The keys from configuration: {@code current} (base64 of 32 bytes) and {@code previous} ones
   * (comma-separated). Outside the demo a key is required and the demo key is refused.
   */
  public static SecretKeys fromConfiguration(
      Optional<String> current, Optional<String> previous, boolean demo, String property) {
    String configured = current.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    if (configured == null) {
      if (!demo) {
        throw new IllegalStateException(
            "No key for secrets at rest is configured: set "
                + property
                + " (environment variable METALCART_SECRETS_KEY) to 32 random bytes in base64,"
                + " for instance the output of: openssl rand -base64 32");
      }
      configured = DEMO_KEY;
    } else if (!demo && configured.equals(DEMO_KEY)) {
      throw new IllegalStateException(
          property + " is the published demo key; make one of your own");
    }
    Map<String, byte[]> keys = new LinkedHashMap<>();
    byte[] currentKey = decode(configured, property);
    String currentId = id(currentKey);
    keys.put(currentId, currentKey);
    List<String> others = new ArrayList<>();
    previous.ifPresent(list -> others.addAll(List.of(list.split(","))));
    for (String other : others) {
      if (!other.isBlank()) {
        byte[] key = decode(other.strip(), property.replace(".key", ".previous-keys"));
        keys.putIfAbsent(id(key), key);
      }
    }
    return new SecretKeys(currentId, Map.copyOf(keys));
  }

  /** The secret sealed with the current key: {@code aes-gcm:<key id>:<base64(iv, ciphertext)>}. */
  public String seal(String secret) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(keys.get(currentId), "AES"),
          new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[IV_BYTES + sealed.length];
      System.arraycopy(iv, 0, out, 0, IV_BYTES);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return SEALED + currentId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /**
   * The secret a sealed value holds. A value without the sealed form was stored before secrets were
   * sealed, and is returned as it is. A value sealed with a key not configured, or altered, is
   * refused.
   */
  public String open(String value) {
    if (value == null || !value.startsWith(SEALED)) {
      return value;
    }
    String[] parts = value.split(":", 3);
    byte[] key = keys.get(parts[1]);
    if (key == null) {
      throw new IllegalStateException(
          "a secret is sealed with the key "
              + parts[1]
              + ", which is not configured: add it to metalcart.secrets.previous-keys");
    }
    try {
      byte[] in = Base64.getDecoder().decode(parts[2]);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("a sealed secret does not open: it was altered", e);
    }
  }

  /** A keyed fingerprint of {@code text}: what cannot be guessed back without the key. */
  public String digest(String text) {
    return DIGEST + currentId + ":" + HexFormat.of().formatHex(mac(keys.get(currentId), text));
  }

  /**
   * Whether {@code text} has the fingerprint {@code stored}, made with any configured key; a stored
   * value without the keyed form (made before fingerprints were keyed) is compared as it is.
   */
  public boolean matches(String text, String stored) {
    if (stored == null) {
      return false;
    }
    if (!stored.startsWith(DIGEST)) {
      return MessageDigest.isEqual(
          stored.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }
    String[] parts = stored.split(":", 3);
    byte[] key = keys.get(parts[1]);
    return key != null && MessageDigest.isEqual(HexFormat.of().parseHex(parts[2]), mac(key, text));
  }

  public String currentKeyId() {
    return currentId;
  }

  private static byte[] mac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      // A key of its own for fingerprints, derived from the sealing key.
      mac.init(new SecretKeySpec(derive(key, "metalcart fingerprint"), "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] derive(byte[] key, String purpose) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] decode(String base64, String property) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(property + " is not base64", e);
    }
    if (key.length != 32) {
      throw new IllegalStateException(
          property + " must be 32 bytes (256 bits) in base64, not " + key.length + " bytes");
    }
    return key;
  }

  private static String id(byte[] key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "SecretKeys[current=" + currentId + ", keys=" + keys.size() + "]";
  }
}
