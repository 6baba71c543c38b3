package org.metalcart.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.QueryConditions;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** Stores and finds invoices and payments. Runs in the caller's transaction. */
@ApplicationScoped
public class InvoiceRepository {

  @PersistenceContext(unitName = "metalcart")
  private EntityManager em;

  public Optional<Invoice> find(long id) {
    return Optional.ofNullable(em.find(Invoice.class, id));
  }

  /**
   * Locked: two payments of one invoice are taken one after the other, the second seeing the first.
   *
   * <p>The row is locked by a statement of its own, then read. {@code em.find} with a lock mode
   * reads the invoice with its lines (an outer join), which PostgreSQL cannot lock in the same
   * statement: Hibernate then locks after reading ("follow-on locking"), and a callback that waited
   * for the lock failed with an optimistic-lock error instead of finding the first payment (seen
   * with racing duplicate callbacks on PostgreSQL; H2 locks in the joined read).
   */
  public Optional<Invoice> findForUpdate(long id) {
    List<?> locked =
        em.createNativeQuery("SELECT id FROM \"metalcart\".invoice WHERE id = ?1 FOR UPDATE")
            .setParameter(1, id)
            .getResultList();
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    Invoice invoice = em.find(Invoice.class, id);
    em.refresh(invoice); // read after the lock, even when this transaction had read it before
    return Optional.of(invoice);
  }

  public Invoice store(Invoice invoice) {
    em.persist(invoice);
    return invoice;
  }

  public List<Invoice> ofOrder(long orderId) {
    return em.createNamedQuery("Invoice.ofOrder", Invoice.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }

  /** The renewal invoice of a service's period, if it was issued. */
  public Optional<Invoice> renewalOf(long serviceId, LocalDate periodStart) {
    return em.createNamedQuery("Invoice.renewalOf", Invoice.class)
        .setParameter("serviceId", serviceId)
        .setParameter("periodStart", periodStart)
        .getResultStream()
        .findFirst();
  }

  public List<Invoice> paidRenewalsOf(long serviceId) {
    return em.createNamedQuery("Invoice.paidRenewalsOf", Invoice.class)
        .setParameter("serviceId", serviceId)
        .getResultList();
  }

  public List<Invoice> unpaidRenewalsOf(long serviceId) {
    return em.createNamedQuery("Invoice.unpaidRenewalsOf", Invoice.class)
        .setParameter("serviceId", serviceId)
        .getResultList();
  }

  /**
   * Stores a renewal invoice; one per service and period, also when two runs issue it at the same
   * moment (the loser sees a conflict).
   */
  public Invoice storeRenewal(Invoice invoice) {
    return UniqueConstraints.persistUnique(
        em,
        invoice,
        false,
        () ->
            new ConflictException(
                "service "
                    + invoice.serviceId()
                    + " was invoiced for the period from "
                    + invoice.periodStart()
                    + " at the same time",
                null));
  }

  /** Invoices newest first, of a client and in a status when given: the console's list. */
  public Page<Invoice> latest(PageRequest page, Long clientId, InvoiceStatus status) {
    return new QueryConditions()
        .equal("i.clientId", "clientId", clientId)
        .equal("i.status", "status", status)
        .page(em, Invoice.class, "i", "i.id desc", page);
  }

  public Page<Invoice> list(
      PageRequest page, String createdBy, Long clientId, InvoiceStatus status) {
    return JpaPages.page(
        em.createNamedQuery("Invoice.matching", Invoice.class)
            .setParameter("createdBy", createdBy)
            .setParameter("clientId", clientId)
            .setParameter("status", status),
        em.createNamedQuery("Invoice.countMatching", Long.class)
            .setParameter("createdBy", createdBy)
            .setParameter("clientId", clientId)
            .setParameter("status", status),
        page);
  }

  public Optional<Payment> payment(String gateway, String transactionId) {
    return em.createNamedQuery("Payment.byTransaction", Payment.class)
        .setParameter("gateway", gateway)
        .setParameter("transactionId", transactionId)
        .getResultStream()
        .findFirst();
  }

  public List<Payment> payments(long invoiceId) {
    return em.createNamedQuery("Payment.ofInvoice", Payment.class)
        .setParameter("invoiceId", invoiceId)
        .getResultList();
  }

  /** Stores a new payment; the unique transaction settles two callbacks racing each other. */
  public void store(Payment payment) {
    UniqueConstraints.persistUnique(
        em,
        payment,
        false,
        () ->
            new ConflictException(
                "transaction " + payment.transactionId() + " was recorded at the same time",
                "transactionId"));
  }
}
