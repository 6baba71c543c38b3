package org.metalcart.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery, as Stripe signs its webhooks: header {@code Metalcart-Signature:
 * t=<unix seconds>,v1=<hex HMAC-SHA256>} over {@code "<t>.<body>"}, keyed with the endpoint's
 * secret as it was shown ({@code whsec_...}, its UTF-8 bytes). A receiver recomputes it, compares
 * in constant time, and refuses a timestamp older than a few minutes (a replay).
 */
public final class WebhookSignature {

  public static final String HEADER = "Metalcart-Signature";

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /** A new endpoint secret: whsec_ and 32 random bytes. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The header value for {@code body} sent at {@code unixSeconds}. */
  public static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
  }

  /** Whether {@code header} signs {@code body} with {@code secret} (the timestamp not checked). */
  public static boolean verifies(String secret, String header, String body) {
    String t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("v1=")) {
        v1 = part.substring(3);
      }
    }
    return t != null
        && v1 != null
        && MessageDigest.isEqual(
            hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII),
            v1.getBytes(StandardCharsets.US_ASCII));
  }

  private static String hmac(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
