package org.metalcart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdministratorCredentialTest {

  private static final String GOOD_SECRET = "s3cret-long-enough-for-prod";

  @Test
  void outsideTheDemoTheApplicationRefusesToStartWithoutAConfiguredSecret() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AdministratorCredential.fromConfiguration("admin", Optional.empty(), false));
    assertTrue(e.getMessage().contains("METALCART_API_ADMIN_SECRET"), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> AdministratorCredential.fromConfiguration("admin", Optional.of("  "), false));
  }

  @Test
  void outsideTheDemoThePublishedDemoSecretIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () ->
            AdministratorCredential.fromConfiguration(
                "admin", Optional.of(AdministratorCredential.DEMO_SECRET), false));
  }

  @Test
  void aShortSecretIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> AdministratorCredential.fromConfiguration("admin", Optional.of("short"), false));
  }

  @Test
  void aBadIdentifierIsRefused() {
    assertThrows(
        IllegalStateException.class,
        () -> AdministratorCredential.fromConfiguration("a b", Optional.of(GOOD_SECRET), false));
  }

  @Test
  void theConfiguredSecretIsUsed() {
    AdministratorCredential admin =
        AdministratorCredential.fromConfiguration("ops", Optional.of(GOOD_SECRET), false);
    assertEquals("ops", admin.identifier());
    assertEquals(GOOD_SECRET, admin.secret());
    assertFalse(admin.toString().contains(GOOD_SECRET), "toString must not reveal the secret");
  }

  @Test
  void theDemoFallsBackToThePublishedDemoSecret() {
    assertEquals(
        AdministratorCredential.DEMO_SECRET,
        AdministratorCredential.fromConfiguration("admin", Optional.empty(), true).secret());
  }
}
