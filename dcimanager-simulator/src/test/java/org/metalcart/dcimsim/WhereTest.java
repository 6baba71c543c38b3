package org.metalcart.dcimsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereTest {

  private static final Map<String, Object> SERVER = new HashMap<>();

  static {
    SERVER.put("id", 7L);
    SERVER.put("configuration", "E-2146G-64Gb");
    SERVER.put("domain", "free.ds");
    SERVER.put("owner_email", null);
    SERVER.put("blocked", false);
    SERVER.put("name", "O'Brien-1");
  }

  @Test
  void comparisonsAndNull() {
    assertTrue(matches("configuration EQ 'E-2146G-64Gb'"));
    assertFalse(matches("configuration NE 'E-2146G-64Gb'"));
    assertTrue(matches("owner_email IS null"));
    assertFalse(matches("owner_email IS NOT null"));
    assertTrue(matches("id GT 6 AND id LE 7"));
    assertTrue(matches("blocked EQ false"));
    assertTrue(matches("configuration CP 'e-2146%'"));
    assertTrue(matches("name EQ 'O''Brien-1'"));
  }

  @Test
  void precedenceAndParentheses() {
    assertTrue(matches("configuration EQ 'X' OR domain EQ 'free.ds' AND id EQ 7"));
    assertFalse(matches("(configuration EQ 'X' OR domain EQ 'free.ds') AND id EQ 8"));
    assertTrue(matches("NOT (id EQ 8)"));
  }

  @Test
  void badClausesAreValueErrorsNamingWhere() {
    DcimError e = assertThrows(DcimError.class, () -> Where.parse("configuration EQ"));
    assertEquals("where", e.object);
    assertThrows(DcimError.class, () -> Where.parse("configuration EQ 'open"));
    assertThrows(DcimError.class, () -> Where.parse("configuration LIKE 'x'"));
    assertThrows(DcimError.class, () -> Where.parse("(id EQ 1"));
  }

  private static boolean matches(String where) {
    return Where.parse(where).test(SERVER);
  }
}
