package org.metalcart.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.shared.InvalidInputException;

class HostnamesTest {

  @Test
  void keepsAFullyQualifiedNameInLowerCaseWithoutTheTrailingDot() {
    assertEquals("web1.example.com", Hostnames.checked("hostname", " Web1.Example.COM. "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "not a hostname",
        "-web.example.com",
        "web-.example.com",
        "web_1.example.com",
        "free.ds",
        "a..example.com"
      })
  void refusesWhatIsNotAServerHostname(String hostname) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> Hostnames.checked("items[0].hostname", hostname));
    assertEquals("items[0].hostname", refused.field());
  }

  @Test
  void theDomainTemplateNamesTheServiceAfterItsId() {
    assertEquals("srv42.example.org", Hostnames.fromTemplate("srv@ID@.example.org", 42, "x.net"));
    assertEquals("42.hosts.example", Hostnames.fromTemplate(null, 42, "hosts.example"));
    assertEquals("42.hosts.example", Hostnames.fromTemplate("@ID@.", 42, "hosts.example"));
    assertEquals(
        "s42.hosts.example", Hostnames.fromTemplate("s@ID@.@DOMAIN@", 42, "hosts.example"));
  }
}
