package org.metalcart.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.metalcart.shared.InvalidInputException;

/** What one billing cycle of a plan costs, and the one-off setup fee charged with the first one. */
@Embeddable
public class Price {

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_cycle", nullable = false)
  private BillingCycle cycle;

  @Column(name = "amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "setup_fee", nullable = false, precision = 12, scale = 2)
  private BigDecimal setupFee;

  protected Price() {
    // for JPA
  }

  public Price(BillingCycle cycle, BigDecimal amount, BigDecimal setupFee) {
    this.cycle = Objects.requireNonNull(cycle, "cycle");
    // In cents, as stored: the answer to a write and every later read show the same number.
    this.amount = cents(Objects.requireNonNull(amount, "amount"), "amount");
    this.setupFee = setupFee == null ? BigDecimal.ZERO.setScale(2) : cents(setupFee, "setupFee");
  }

  private static BigDecimal cents(BigDecimal value, String field) {
    try {
      return value.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new InvalidInputException(field, "has at most two decimals: " + value);
    }
  }

  public BillingCycle cycle() {
    return cycle;
  }

  public BigDecimal amount() {
    return amount;
  }

  public BigDecimal setupFee() {
    return setupFee;
  }
}
