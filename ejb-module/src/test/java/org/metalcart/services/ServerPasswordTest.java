package org.metalcart.services;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.shared.InvalidInputException;

class ServerPasswordTest {

  @ParameterizedTest
  @ValueSource(strings = {"Str0ng-Passw0rd", "abcDEF1234", "correct-horse-Battery", "x9!x9!x9!x9!"})
  void acceptsPasswordsOfThreeKindsOfCharacters(String password) {
    assertDoesNotThrow(() -> ServerPassword.check("items[0].password", password));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "Sh0rt!",
        "password12",
        "PASSWORD12",
        "passwordPASSWORD",
        "with Space1A",
        "0123456789012345678901234567890123456789012345678901234567890123Aa"
      })
  void refusesEmptyShortWeakOrOddPasswordsNamingTheField(String password) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> ServerPassword.check("items[0].password", password));
    assertEquals("items[0].password", refused.field());
  }

  @Test
  void theRefusalNeverRepeatsThePassword() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> ServerPassword.check("password", "weakweakweak"));
    assertEquals(-1, refused.getMessage().indexOf("weakweakweak"));
  }
}
