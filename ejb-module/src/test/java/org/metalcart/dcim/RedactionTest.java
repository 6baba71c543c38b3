package org.metalcart.dcim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void formFieldsWithSecretsAreBlanked() {
    String redacted =
        Redaction.redact(
            "func=server.operations&elid=7&passwd=Root-1&confirm=Root-1&checkpasswd=Root-1&authinfo=admin:pw&recipe=null");
    assertEquals(
        "func=server.operations&elid=7&passwd=***&confirm=***&checkpasswd=***&authinfo=***&recipe=null",
        redacted);
  }

  @Test
  void jsonFieldsWithSecretsAreBlanked() {
    String redacted =
        Redaction.redact(
            "POST /dci/v3/user {\"email\":\"a@b.example\",\"password\":\"Se\\\"cret\",\"role\":\"@user\"} {\"token\":\"abc\"}");
    assertFalse(redacted.contains("Se"), redacted);
    assertFalse(redacted.contains("abc"), redacted);
    assertTrue(redacted.contains("\"email\":\"a@b.example\""), redacted);
    assertTrue(redacted.contains("\"password\":\"***\""), redacted);
  }

  @Test
  void aSecretCutByTheShorteningIsStillBlanked() {
    String answer =
        "{\"list\": \"" + "x".repeat(1960) + "\", \"password\": \"" + "s".repeat(100) + "\"}";
    String recorded = Redaction.redact(answer);
    assertFalse(recorded.contains("sss"), recorded);
    assertTrue(recorded.endsWith("\"password\":\"***\"…"), recorded);
  }

  @Test
  void longAnswersAreShortened() {
    assertEquals(2001, Redaction.redact("x".repeat(5000)).length());
  }
}
