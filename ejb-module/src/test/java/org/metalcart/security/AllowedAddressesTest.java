package org.metalcart.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metalcart.shared.InvalidInputException;

/** Allow-lists of client addresses, and the API's failure counts per identifier and address. */
class AllowedAddressesTest {

  @Test
  void networksAndSingleAddressesOfBothFamilies() {
    AllowedAddresses allowed =
        AllowedAddresses.of(
            List.of("203.0.113.0/24", " 198.51.100.7 ", "2001:db8::/32", "10.1.2.128/25"), "f");
    assertTrue(allowed.allows("203.0.113.200"));
    assertFalse(allowed.allows("203.0.114.1"));
    assertTrue(allowed.allows("198.51.100.7"));
    assertFalse(allowed.allows("198.51.100.8"));
    assertTrue(allowed.allows("2001:db8:1::5"));
    assertTrue(allowed.allows("0:0:0:0:0:ffff:203.0.113.9"), "an IPv4-mapped IPv6 address");
    assertFalse(allowed.allows("2001:db9::1"));
    assertTrue(allowed.allows("10.1.2.200"));
    assertFalse(allowed.allows("10.1.2.100"));
    assertFalse(allowed.allows("not-an-address"));
    assertFalse(allowed.allows(""));
    assertEquals("203.0.113.0/24,198.51.100.7,2001:db8::/32,10.1.2.128/25", allowed.toColumn());
    assertTrue(AllowedAddresses.stored(allowed.toColumn()).allows("198.51.100.7"));
  }

  @Test
  void anEmptyListAllowsAnyAddress() {
    assertTrue(AllowedAddresses.of(List.of(), "f").allows("192.0.2.1"));
    assertTrue(AllowedAddresses.stored(null).any());
  }

  @Test
  void hostNamesAndBadNetworksAreRefusedNamingTheField() {
    for (String bad :
        List.of("example.com", "localhost", "203.0.113.0/33", "::1/129", "1.2.3", "")) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () -> AllowedAddresses.of(List.of(bad), "allowedAddresses"),
              bad);
      assertEquals("allowedAddresses", refused.field(), bad);
    }
  }

  @Test
  void failuresHoldAnIdentifierAfterTenAndAnAddressAfterFifty() {
    ApiThrottle throttle = new ApiThrottle();
    Instant now = Instant.parse("2026-12-04T12:00:00Z");
    for (int i = 0; i < 9; i++) {
      throttle.failed("cart-1", "192.0.2.1", now);
    }
    assertTrue(throttle.heldFor("cart-1", "192.0.2.1", now).isEmpty(), "nine are free");
    throttle.failed("cart-1", "192.0.2.1", now);
    assertEquals(
        Duration.ofSeconds(30), throttle.heldFor("cart-1", "192.0.2.9", now).orElseThrow());
    assertTrue(throttle.heldFor("cart-2", "192.0.2.1", now).isEmpty(), "the address is not yet");

    throttle.succeeded("cart-1");
    assertTrue(throttle.heldFor("cart-1", "192.0.2.9", now).isEmpty(), "a right secret clears it");

    for (int i = 0; i < 40; i++) {
      throttle.failed("guess-" + i, "192.0.2.1", now);
    }
    assertTrue(throttle.heldFor("anyone", "192.0.2.1", now).isPresent(), "fifty from one address");
    assertTrue(throttle.heldFor("anyone", "192.0.2.2", now).isEmpty());
    throttle.succeeded("anyone");
    assertTrue(
        throttle.heldFor("anyone", "192.0.2.1", now).isPresent(),
        "a right secret does not clear its address");
    assertTrue(throttle.heldFor("x", "192.0.2.1", now.plus(Duration.ofMinutes(1))).isEmpty());
  }
}
