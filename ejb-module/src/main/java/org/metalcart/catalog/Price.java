package org.metalcart.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

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
    this.amount = Objects.requireNonNull(amount, "amount");
    this.setupFee = setupFee == null ? BigDecimal.ZERO.setScale(2) : setupFee;
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
