package org.metalcart.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metalcart.shared.InvalidInputException;

class ProductTest {

  private static final ModuleSettings SETTINGS =
      ModuleSettings.forPackage("E-2146G-64Gb", "Debian 12").build();

  @Test
  void settingsDefaultAsTheProductSpecificationSays() {
    assertEquals("public", SETTINGS.ipPool());
    assertEquals(AutoSetup.ON_PAYMENT, SETTINGS.autoSetup());
    assertEquals(0, SETTINGS.ipv4Count());
    assertEquals(0, SETTINGS.ipv6Count());
    assertEquals(false, SETTINGS.dontWaitOsInstall());
  }

  @Test
  void aCyclePricedTwiceIsRejectedNamingTheSecondOne() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> plan(price(BillingCycle.MONTHLY, "10"), price(BillingCycle.MONTHLY, "12")));
    assertEquals("prices[1].cycle", e.field());
  }

  @Test
  void aFreeCycleCostsNothing() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> plan(price(BillingCycle.FREE, "1.00")));
    assertEquals("prices[0].amount", e.field());
  }

  @Test
  void negativePricesAreRejected() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> plan(price(BillingCycle.MONTHLY, "10"), price(BillingCycle.ANNUALLY, "-1")));
    assertEquals("prices[1]", e.field());
  }

  @Test
  void aPlanNeedsAPrice() {
    assertEquals("prices", assertThrows(InvalidInputException.class, this::plan).field());
  }

  @Test
  void anUnknownCurrencyIsRejected() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                Product.dedicatedServer(
                    "X", null, "XYZ1", SETTINGS, List.of(price(BillingCycle.MONTHLY, "1")), now()));
    assertEquals("currency", e.field());
  }

  @Test
  void aValidPlanKeepsItsPricesInOrder() {
    Product p = plan(price(BillingCycle.ANNUALLY, "100"), price(BillingCycle.MONTHLY, "10"));
    assertEquals(BillingCycle.ANNUALLY, p.prices().get(0).cycle());
    assertEquals(ProductType.DEDICATED_SERVER, p.type());
    assertEquals("0.00", p.prices().get(0).setupFee().toPlainString());
  }

  private Product plan(Price... prices) {
    return Product.dedicatedServer("Plan", null, "USD", SETTINGS, List.of(prices), now());
  }

  private static Price price(BillingCycle cycle, String amount) {
    return new Price(cycle, new BigDecimal(amount), null);
  }

  private static Instant now() {
    return Instant.parse("2026-11-22T00:00:00Z");
  }
}
