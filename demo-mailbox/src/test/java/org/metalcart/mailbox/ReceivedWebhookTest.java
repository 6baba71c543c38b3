package org.metalcart.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReceivedWebhookTest {

  // hmac.new(b"whsec_test-secret", b'1733140800.{"id":1}', sha256), computed apart.
  private static final String SIGNED =
      "t=1733140800,v1=aa7515b48c095fb620cb5270c5618539421dd21ee131c2cdd27657820bd0f32e";

  @Test
  void aSignatureIsCheckedWithTheEndpointSecret() {
    assertEquals("valid", ReceivedWebhook.verdict(SIGNED, "{\"id\":1}", "whsec_test-secret"));
    assertEquals("INVALID", ReceivedWebhook.verdict(SIGNED, "{\"id\":2}", "whsec_test-secret"));
    assertEquals("INVALID", ReceivedWebhook.verdict(SIGNED, "{\"id\":1}", "whsec_other"));
    assertEquals("unsigned", ReceivedWebhook.verdict(null, "{}", "whsec_test-secret"));
    assertEquals("not checked (no secret given)", ReceivedWebhook.verdict(SIGNED, "{}", null));
  }
}
