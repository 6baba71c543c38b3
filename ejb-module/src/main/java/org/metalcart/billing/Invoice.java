package org.metalcart.billing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.metalcart.shared.BusinessRuleException;
import org.metalcart.shared.ConflictException;

/** Money a client owes: the first period of an order, or a renewal period of a service. */
@Entity
@Table(name = "invoice")
@NamedQuery(
    name = "Invoice.ofOrder",
    query = "select i from Invoice i where i.orderId = :orderId order by i.id")
@NamedQuery(
    name = "Invoice.renewalOf",
    query =
        "select i from Invoice i where i.serviceId = :serviceId and i.periodStart = :periodStart")
@NamedQuery(
    name = "Invoice.paidRenewalsOf",
    query =
        "select i from Invoice i where i.serviceId = :serviceId"
            + " and i.status = org.metalcart.billing.InvoiceStatus.PAID order by i.periodStart")
@NamedQuery(
    name = "Invoice.unpaidRenewalsOf",
    query =
        "select i from Invoice i where i.serviceId = :serviceId"
            + " and i.status = org.metalcart.billing.InvoiceStatus.UNPAID")
@NamedQuery(
    name = "Invoice.matching",
    query =
        "select i from Invoice i where (:createdBy is null or i.createdBy = :createdBy)"
            + " and (:clientId is null or i.clientId = :clientId)"
            + " and (:status is null or i.status = :status) order by i.id")
@NamedQuery(
    name = "Invoice.countMatching",
    query =
        "select count(i) from Invoice i where (:createdBy is null or i.createdBy = :createdBy)"
            + " and (:clientId is null or i.clientId = :clientId)"
            + " and (:status is null or i.status = :status)")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
  @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
  private Long id;

  @Column(name = "client_id", nullable = false)
  private long clientId;

  @Column(name = "order_id")
  private Long orderId;

  /** The service a renewal invoice renews. */
  @Column(name = "service_id")
  private Long serviceId;

  /** The due date a renewal invoice pays from: one cycle from here, whenever it is paid. */
  @Column(name = "period_start")
  private LocalDate periodStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private InvoiceKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private InvoiceStatus status;

  @Column(name = "currency", nullable = false)
  private String currency;

  @Column(name = "total", nullable = false, precision = 12, scale = 2)
  private BigDecimal total;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
  @OrderColumn(name = "line_index")
  private List<InvoiceLine> lines = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Invoice() {
    // for JPA
  }

  /** The invoice of a new order: its first period and setup fees, due on the order date. */
  public static Invoice forOrder(
      long clientId,
      long orderId,
      String currency,
      List<InvoiceLine> lines,
      LocalDate dueDate,
      String createdBy,
      Instant now) {
    Invoice invoice = new Invoice();
    invoice.clientId = clientId;
    invoice.orderId = orderId;
    invoice.kind = InvoiceKind.FIRST;
    invoice.currency = currency;
    invoice.lines = new ArrayList<>(lines);
    invoice.total =
        lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    invoice.dueDate = dueDate;
    invoice.createdBy = createdBy;
    invoice.createdAt = now;
    // Nothing to pay (a FREE plan) is paid from the start.
    invoice.status = invoice.total.signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.UNPAID;
    invoice.paidAt = invoice.status == InvoiceStatus.PAID ? now : null;
    return invoice;
  }

  /**
   * The renewal of a service for the period that starts on {@code periodStart} (its due date when
   * invoiced), due on that date. The database holds one per service and period.
   */
  public static Invoice forRenewal(
      long clientId,
      long serviceId,
      LocalDate periodStart,
      String currency,
      InvoiceLine line,
      String createdBy,
      Instant now) {
    Invoice invoice = forOrder(clientId, 0, currency, List.of(line), periodStart, createdBy, now);
    invoice.orderId = null;
    invoice.kind = InvoiceKind.RENEWAL;
    invoice.serviceId = serviceId;
    invoice.periodStart = periodStart;
    return invoice;
  }

  /**
   * Takes a payment of the whole amount. Refused for a cancelled or already paid invoice and for an
   * amount other than the total: partial payments are not supported, and a wrong amount usually
   * means the payment belongs elsewhere.
   */
  void pay(BigDecimal amount, Instant now) {
    if (status == InvoiceStatus.CANCELLED) {
      throw new BusinessRuleException("invoice " + id + " is cancelled and cannot be paid", null);
    }
    if (status == InvoiceStatus.PAID) {
      throw new ConflictException("invoice " + id + " is already paid", null);
    }
    if (amount.compareTo(total) != 0) {
      throw new BusinessRuleException(
          "the amount "
              + amount.toPlainString()
              + " does not match the invoice total "
              + total.toPlainString()
              + " "
              + currency,
          "amount");
    }
    status = InvoiceStatus.PAID;
    paidAt = now;
  }

  /** An unpaid invoice of a cancelled order is void; a paid one stays as the record it is. */
  public void cancelIfUnpaid() {
    if (status == InvoiceStatus.UNPAID) {
      status = InvoiceStatus.CANCELLED;
    }
  }

  public Long id() {
    return id;
  }

  public long clientId() {
    return clientId;
  }

  public Long orderId() {
    return orderId;
  }

  public Long serviceId() {
    return serviceId;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public InvoiceKind kind() {
    return kind;
  }

  public InvoiceStatus status() {
    return status;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal total() {
    return total;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant paidAt() {
    return paidAt;
  }

  public List<InvoiceLine> lines() {
    return Collections.unmodifiableList(lines);
  }
}
