package org.metalcart.mailbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook the demo received, and whether its signature holds: {@code t=...,v1=...}, the
 * HMAC-SHA256 of {@code "t.body"} keyed with the endpoint's secret, checked here as any receiver
 * would.
 */
public record ReceivedWebhook(
    int number, String type, String signature, String body, Instant receivedAt, String verdict) {

  static ReceivedWebhook of(int number, String type, String signature, String body, String secret) {
    return new ReceivedWebhook(
        number, type, signature, body, Instant.now(), verdict(signature, body, secret));
  }

  static String verdict(String signature, String body, String secret) {
    if (signature == null) {
      return "unsigned";
    }
    if (secret == null) {
      return "not checked (no secret given)";
    }
    String t = null;
    String v1 = null;
    for (String part : signature.split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("v1=")) {
        v1 = part.substring(3);
      }
    }
    if (t == null || v1 == null) {
      return "malformed";
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected =
          HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
      return MessageDigest.isEqual(
              expected.getBytes(StandardCharsets.US_ASCII), v1.getBytes(StandardCharsets.US_ASCII))
          ? "valid"
          : "INVALID";
    } catch (GeneralSecurityException e) {
      return "not checked (" + e.getMessage() + ")";
    }
  }
}
