package org.metalcart.whmcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WhmcsParamsTest {

  @Test
  void indexedArraysAreReadInTheOrderOfTheirKeys() {
    WhmcsParams params =
        params("pid[10]", "c", "pid[2]", "b", "pid[0]", "a", "billingcycle[0]", "monthly");
    assertEquals(List.of("a", "b", "c"), params.list("pid"));
    assertEquals(List.of("monthly"), params.list("billingCycle"), "names are case-insensitive");
  }

  @Test
  void emptyBracketsAndBareRepeatedNamesAreLists() {
    Map<String, String[]> raw = new LinkedHashMap<>();
    raw.put("pid[]", new String[] {"1", "2"});
    raw.put("rootpw", new String[] {"x", "y", "z"});
    WhmcsParams params = WhmcsParams.of(raw);
    assertEquals(List.of("1", "2"), params.list("pid"));
    assertEquals(List.of("x", "y", "z"), params.list("rootpw"));
    assertEquals(List.of(), params.list("qty"));
  }

  @Test
  void deeperNestingIsIgnoredNotFailed() {
    WhmcsParams params = params("configoptions[0][4]", "999", "pid[0]", "1");
    assertEquals(List.of(), params.list("configoptions"));
    assertEquals(List.of("1"), params.list("pid"));
  }

  @Test
  void idsAreWholePositiveNumbersWithinRange() {
    assertEquals(Optional.of(42L), params("clientid", "42").id("clientid"));
    assertEquals(Optional.empty(), params("clientid", " ").id("clientid"));
    for (String bad : List.of("0", "-1", "1.5", "1e3", "0x10", "18446744073709551619", "abc")) {
      WhmcsException refused =
          assertThrows(WhmcsException.class, () -> params("clientid", bad).id("clientid"), bad);
      assertEquals("Invalid clientid: a positive whole number is required", refused.getMessage());
    }
  }

  @Test
  void flagsAsPhpReadsThemExceptTheWordFalse() {
    assertTrue(params("autosetup", "1").flag("autosetup"));
    assertTrue(params("autosetup", "true").flag("autosetup"));
    assertTrue(params("autosetup", "on").flag("autosetup"));
    assertFalse(params("autosetup", "0").flag("autosetup"));
    assertFalse(params("autosetup", "false").flag("autosetup"));
    assertFalse(params("autosetup", "").flag("autosetup"));
    assertFalse(params().flag("autosetup"));
    assertTrue(params("autosetup", "").has("autosetup"));
  }

  @Test
  void amountsAndPagingAreBounded() {
    assertEquals("12.5", params("amount", "12.5").amount("amount").orElseThrow().toPlainString());
    assertThrows(WhmcsException.class, () -> params("amount", "-1").amount("amount"));
    assertThrows(WhmcsException.class, () -> params("amount", "1.999").amount("amount"));
    assertEquals(25, params().pageSize());
    assertEquals(500, params("limitnum", "999999").pageSize(), "capped, not refused");
    assertThrows(WhmcsException.class, () -> params("limitnum", "0").pageSize());
    assertThrows(WhmcsException.class, () -> params("limitnum", "x").pageSize());
    assertThrows(
        WhmcsException.class, () -> params("limitstart", "-1").number("limitstart", 0, 0, 9));
  }

  @Test
  void aMadeUpRootPasswordIsLongAndHasEveryKindOfCharacter() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = OrderCommands.randomPassword();
      assertEquals(20, password.length());
      assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
      assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
      assertTrue(password.chars().anyMatch(Character::isDigit), password);
      assertTrue(password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)), password);
      assertTrue(seen.add(password), "never the same twice");
    }
  }

  private static WhmcsParams params(String... pairs) {
    Map<String, String[]> raw = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      raw.put(pairs[i], new String[] {pairs[i + 1]});
    }
    return WhmcsParams.of(raw);
  }
}
