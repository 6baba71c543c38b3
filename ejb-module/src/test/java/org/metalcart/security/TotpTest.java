package org.metalcart.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** RFC 6238's own test vectors (SHA-1, the last 6 of their 8 digits) and RFC 4648's base 32. */
class TotpTest {

  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theCodesOfRfc6238AppendixB() {
    assertEquals("287082", code(59));
    assertEquals("081804", code(1111111109));
    assertEquals("050471", code(1111111111));
    assertEquals("005924", code(1234567890));
    assertEquals("279037", code(2000000000));
    assertEquals("353130", code(20000000000L));
  }

  @Test
  void aCodeOfTheStepBeforeOrAfterIsTakenOnceAndNoOlderOne() {
    Instant now = Instant.ofEpochSecond(1111111111);
    long step = Totp.step(now);
    String previous = Totp.code(RFC_SEED, step - 1);
    String next = Totp.code(RFC_SEED, step + 1);
    assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SEED, previous, now, 0));
    assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SEED, next, now, 0));
    assertTrue(Totp.matchingStep(RFC_SEED, previous, now, step - 1).isEmpty(), "used once already");
    assertTrue(
        Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step), now, step + 1).isEmpty(),
        "a later code was used: this one is spent too");
    assertTrue(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2), now, 0).isEmpty());
    assertTrue(Totp.matchingStep(RFC_SEED, "12345", now, 0).isEmpty());
    assertTrue(Totp.matchingStep(RFC_SEED, "abcdef", now, 0).isEmpty());
    assertTrue(Totp.matchingStep(RFC_SEED, null, now, 0).isEmpty());
  }

  @Test
  void base32AsRfc4648SaysWithoutPadding() {
    assertEquals("", Base32.encode(new byte[0]));
    assertEquals("MY", Base32.encode(bytes("f")));
    assertEquals("MZXW6", Base32.encode(bytes("foo")));
    assertEquals("MZXW6YTBOI", Base32.encode(bytes("foobar")));
    assertArrayEquals(bytes("foobar"), Base32.decode("mzxw 6ytb-oi======"));
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_SEED));
    assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
  }

  @Test
  void newSecretsAndRecoveryCodesHaveTheirShape() {
    assertEquals(32, SecondFactorCodes.newSecret().length(), "160 bits");
    assertEquals(20, Base32.decode(SecondFactorCodes.newSecret()).length);
    var codes = SecondFactorCodes.newRecoveryCodes();
    assertEquals(10, codes.size());
    assertEquals(10, codes.stream().distinct().count());
    codes.forEach(c -> assertTrue(c.matches("[a-z2-7]{5}-[a-z2-7]{5}"), c));
  }

  private static String code(long epochSecond) {
    return Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(epochSecond)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
