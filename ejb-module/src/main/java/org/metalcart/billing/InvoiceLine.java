package org.metalcart.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One charge of an invoice, for a service where it is about one. */
@Embeddable
public class InvoiceLine {

  @Column(name = "service_id")
  private Long serviceId;

  @Column(name = "description", nullable = false)
  private String description;

  @Column(name = "amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  protected InvoiceLine() {
    // for JPA
  }

  public InvoiceLine(Long serviceId, String description, BigDecimal amount) {
    this.serviceId = serviceId;
    this.description = description;
    this.amount = amount;
  }

  public Long serviceId() {
    return serviceId;
  }

  public String description() {
    return description;
  }

  public BigDecimal amount() {
    return amount;
  }
}
