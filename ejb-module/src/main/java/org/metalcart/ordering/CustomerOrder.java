package org.metalcart.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.metalcart.shared.ConflictException;

/** What a client ordered: one or more services and the invoice for their first period. */
@Entity
@Table(name = "customer_order")
@NamedQuery(
    name = "CustomerOrder.byIdempotencyKey",
    query =
        "select o from CustomerOrder o where o.createdBy = :createdBy"
            + " and o.idempotencyKey = :idempotencyKey")
@NamedQuery(
    name = "CustomerOrder.matching",
    query =
        "select o from CustomerOrder o where (:createdBy is null or o.createdBy = :createdBy)"
            + " and (:status is null or o.status = :status) order by o.id")
@NamedQuery(
    name = "CustomerOrder.countMatching",
    query =
        "select count(o) from CustomerOrder o where (:createdBy is null or o.createdBy = :createdBy)"
            + " and (:status is null or o.status = :status)")
public class CustomerOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_seq")
  @SequenceGenerator(
      name = "customer_order_seq",
      sequenceName = "customer_order_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "order_number", nullable = false, unique = true)
  private String orderNumber;

  @Column(name = "client_id", nullable = false)
  private long clientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private OrderStatus status;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "request_digest")
  private String requestDigest;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CustomerOrder() {
    // for JPA
  }

  CustomerOrder(
      String orderNumber,
      long clientId,
      String createdBy,
      Instant createdAt,
      String idempotencyKey,
      String requestDigest) {
    this.orderNumber = orderNumber;
    this.clientId = clientId;
    this.status = OrderStatus.PENDING;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.idempotencyKey = idempotencyKey;
    this.requestDigest = requestDigest;
  }

  /** Accepted by an admin (or by payment). Accepting an accepted order changes nothing. */
  void accept() {
    requireOpen("accept");
    status = OrderStatus.ACTIVE;
  }

  void close(OrderStatus finalStatus) {
    requireOpen(finalStatus == OrderStatus.FRAUD ? "mark as fraud" : "cancel");
    status = finalStatus;
  }

  private void requireOpen(String what) {
    if (status == OrderStatus.CANCELLED || status == OrderStatus.FRAUD) {
      throw new ConflictException("cannot " + what + " order " + id + ": it is " + status, null);
    }
  }

  public Long id() {
    return id;
  }

  public String orderNumber() {
    return orderNumber;
  }

  public long clientId() {
    return clientId;
  }

  public OrderStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String requestDigest() {
    return requestDigest;
  }
}
