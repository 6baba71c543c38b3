package org.metalcart.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.metalcart.shared.BusinessRuleException;
import org.metalcart.shared.ConflictException;

class InvoiceTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static Invoice invoice(String... amounts) {
    return Invoice.forOrder(
        1,
        2,
        "USD",
        java.util.Arrays.stream(amounts)
            .map(a -> new InvoiceLine(3L, "line", new BigDecimal(a)))
            .toList(),
        LocalDate.of(2026, 11, 22),
        "admin",
        NOW);
  }

  @Test
  void theTotalIsTheSumOfTheLines() {
    Invoice invoice = invoice("89.00", "49.00");
    assertEquals(new BigDecimal("138.00"), invoice.total());
    assertEquals(InvoiceStatus.UNPAID, invoice.status());
  }

  @Test
  void onlyTheWholeTotalPaysIt() {
    Invoice invoice = invoice("89.00", "49.00");
    BusinessRuleException wrong =
        assertThrows(BusinessRuleException.class, () -> invoice.pay(new BigDecimal("89.00"), NOW));
    assertEquals("amount", wrong.field());
    assertEquals(InvoiceStatus.UNPAID, invoice.status());
    invoice.pay(new BigDecimal("138.0"), NOW);
    assertEquals(InvoiceStatus.PAID, invoice.status());
    assertEquals(NOW, invoice.paidAt());
  }

  @Test
  void aPaidInvoiceIsNotPaidAgainAndACancelledOneNotAtAll() {
    Invoice paid = invoice("10.00");
    paid.pay(new BigDecimal("10.00"), NOW);
    assertThrows(ConflictException.class, () -> paid.pay(new BigDecimal("10.00"), NOW));
    paid.cancelIfUnpaid();
    assertEquals(InvoiceStatus.PAID, paid.status(), "a paid invoice stays the record it is");

    Invoice cancelled = invoice("10.00");
    cancelled.cancelIfUnpaid();
    assertThrows(BusinessRuleException.class, () -> cancelled.pay(new BigDecimal("10.00"), NOW));
  }

  @Test
  void nothingToPayIsPaidFromTheStart() {
    assertEquals(InvoiceStatus.PAID, invoice("0.00").status());
  }
}
