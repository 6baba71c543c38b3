package org.metalcart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sealing secrets at rest and fingerprinting what holds them, with rotation of the key. */
class SecretKeysTest {

  private static final String KEY = key('a');
  private static final String NEXT_KEY = key('b');

  @Test
  void aSecretIsSealedOpenedAndNeverStoredInClear() {
    SecretKeys keys = keys(KEY, null);
    String sealed = keys.seal("Str0ng-Passw0rd");
    assertTrue(sealed.startsWith("aes-gcm:" + keys.currentKeyId() + ":"), sealed);
    assertFalse(sealed.contains("Str0ng"));
    assertNotEquals(sealed, keys.seal("Str0ng-Passw0rd"), "a fresh nonce each time");
    assertEquals("Str0ng-Passw0rd", keys.open(sealed));
    assertTrue(sealed.length() <= 256, "fits the column for the longest password: " + sealed);
    assertTrue(keys.seal("x".repeat(64)).length() <= 256);
  }

  @Test
  void anAlteredSealIsRefused() {
    SecretKeys keys = keys(KEY, null);
    String sealed = keys.seal("Str0ng-Passw0rd");
    String altered =
        sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A") ? "BBB" : "AAA");
    assertThrows(IllegalStateException.class, () -> keys.open(altered));
  }

  @Test
  void aRotatedKeyStillOpensWhatItSealedAndTheNewOneSeals() {
    SecretKeys old = keys(KEY, null);
    String sealedBefore = old.seal("before rotation");
    String digestBefore = old.digest("an order");
    SecretKeys rotated = keys(NEXT_KEY, KEY);
    assertEquals("before rotation", rotated.open(sealedBefore));
    assertTrue(rotated.matches("an order", digestBefore));
    assertTrue(rotated.seal("after").contains(":" + rotated.currentKeyId() + ":"));
    assertNotEquals(old.currentKeyId(), rotated.currentKeyId());
    IllegalStateException forgotten =
        assertThrows(IllegalStateException.class, () -> keys(NEXT_KEY, null).open(sealedBefore));
    assertTrue(forgotten.getMessage().contains(old.currentKeyId()), forgotten::getMessage);
  }

  @Test
  void fingerprintsAreKeyedAndOlderPlainOnesStillCompare() {
    SecretKeys keys = keys(KEY, null);
    String digest = keys.digest("order text with a password");
    assertTrue(keys.matches("order text with a password", digest));
    assertFalse(keys.matches("another order", digest));
    assertFalse(keys(NEXT_KEY, null).matches("order text with a password", digest));
    assertTrue(keys.matches("0af3", "0af3"), "a digest stored before keys were used");
  }

  @Test
  void aValueStoredBeforeSealingIsReadAsItIs() {
    assertEquals("legacy-password", keys(KEY, null).open("legacy-password"));
  }

  @Test
  void outsideTheDemoAKeyOfOurOwnIsRequired() {
    assertThrows(
        IllegalStateException.class,
        () -> SecretKeys.fromConfiguration(Optional.empty(), Optional.empty(), false, "k"));
    assertThrows(
        IllegalStateException.class,
        () ->
            SecretKeys.fromConfiguration(
                Optional.of(SecretKeys.DEMO_KEY), Optional.empty(), false, "k"));
    assertThrows(IllegalStateException.class, () -> keys("c2hvcnQ=", null), "16 bytes or less");
    assertThrows(IllegalStateException.class, () -> keys("not base64!", null));
    String demo =
        SecretKeys.fromConfiguration(Optional.empty(), Optional.empty(), true, "k").seal("x");
    assertEquals(
        "x",
        SecretKeys.fromConfiguration(Optional.of(SecretKeys.DEMO_KEY), Optional.empty(), true, "k")
            .open(demo));
  }

  private static SecretKeys keys(String current, String previous) {
    return SecretKeys.fromConfiguration(
        Optional.of(current), Optional.ofNullable(previous), false, "metalcart.secrets.key");
  }

  private static String key(char fill) {
    return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
  }
}
