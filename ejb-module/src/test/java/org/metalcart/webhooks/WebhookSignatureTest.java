package org.metalcart.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signsTheTimestampAndTheBodyAsStripeDoes() {
    // Computed apart from Metalcart: hmac.new(b"whsec_test-secret", b'1733140800.{"id":1}', sha256)
    assertEquals(
        "t=1733140800,v1=aa7515b48c095fb620cb5270c5618539421dd21ee131c2cdd27657820bd0f32e",
        WebhookSignature.header("whsec_test-secret", 1733140800, "{\"id\":1}"));
  }

  @Test
  void verifiesItsOwnAndNothingElse() {
    String header = WebhookSignature.header("whsec_a", 1733140800, "{\"id\":1}");
    assertTrue(WebhookSignature.verifies("whsec_a", header, "{\"id\":1}"));
    assertFalse(WebhookSignature.verifies("whsec_b", header, "{\"id\":1}"), "another secret");
    assertFalse(WebhookSignature.verifies("whsec_a", header, "{\"id\":2}"), "another body");
    assertFalse(
        WebhookSignature.verifies(
            "whsec_a", header.replace("t=1733140800", "t=1733140801"), "{\"id\":1}"),
        "another time");
  }

  @Test
  void aSecretIsLongAndNewEachTime() {
    String secret = WebhookSignature.newSecret();
    assertTrue(secret.matches("whsec_[A-Za-z0-9_-]{43}"), secret);
    assertFalse(secret.equals(WebhookSignature.newSecret()));
  }
}
