package org.metalcart.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Money received against an invoice, identified by the gateway's transaction. */
@Entity
@Table(name = "payment")
@NamedQuery(
    name = "Payment.byTransaction",
    query =
        "select p from Payment p where p.gateway = :gateway and p.transactionId = :transactionId")
@NamedQuery(
    name = "Payment.ofInvoice",
    query = "select p from Payment p where p.invoiceId = :invoiceId order by p.id")
public class Payment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
  @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "invoice_id", nullable = false)
  private long invoiceId;

  @Column(name = "gateway", nullable = false)
  private String gateway;

  @Column(name = "transaction_id", nullable = false)
  private String transactionId;

  @Column(name = "amount", nullable = false, precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected Payment() {
    // for JPA
  }

  Payment(
      long invoiceId,
      String gateway,
      String transactionId,
      BigDecimal amount,
      String recordedBy,
      Instant receivedAt) {
    this.invoiceId = invoiceId;
    this.gateway = gateway;
    this.transactionId = transactionId;
    this.amount = amount;
    this.recordedBy = recordedBy;
    this.receivedAt = receivedAt;
  }

  public Long id() {
    return id;
  }

  public long invoiceId() {
    return invoiceId;
  }

  public String gateway() {
    return gateway;
  }

  public String transactionId() {
    return transactionId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
