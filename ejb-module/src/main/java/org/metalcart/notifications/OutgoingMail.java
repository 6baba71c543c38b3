package org.metalcart.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.metalcart.audit.Redacted;
import org.metalcart.queue.QueuedWork;

/**
 * One e-mail: composed from its template when its event happened (what the client reads is what was
 * true then), queued, sent once the mail server takes it, and kept as the e-mail log.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends QueuedWork {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
  @SequenceGenerator(
      name = "outgoing_mail_seq",
      sequenceName = "outgoing_mail_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "template", nullable = false)
  private String template;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  /** What the e-mail is about: "service" or "invoice", and its id. */
  @Column(name = "subject_kind", nullable = false)
  private String subjectKind;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  /** The client it went to; null for staff e-mails. */
  @Column(name = "client_id")
  private Long clientId;

  /** The cart that sold what the e-mail is about (it may read the e-mail); null for admins only. */
  @Column(name = "visible_to")
  private String visibleTo;

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(name = "mail_subject", nullable = false, length = 500)
  private String subject;

  @Redacted
  @Column(name = "body", nullable = false, length = 20000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MailStatus status;

  /** A reminder of this invoice: not sent when the invoice was paid (or void) by then. */
  @Column(name = "unless_paid_invoice_id")
  private Long unlessPaidInvoiceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  /**
   * When the attempt under way began: set in the transaction that takes the e-mail, cleared in the
   * one that records the mail server's answer. Found set by the next taker, it marks an attempt
   * that was interrupted after the message may have reached the mail server.
   */
  @Column(name = "attempt_started_at")
  private Instant attemptStartedAt;

  protected OutgoingMail() {
    // for JPA
  }

  OutgoingMail(
      Mail mail, String eventType, Long clientId, String visibleTo, Instant now, Instant due) {
    super(due);
    this.template = mail.template();
    this.eventType = eventType;
    this.subjectKind = mail.subjectKind();
    this.subjectId = mail.subjectId();
    this.clientId = clientId;
    this.visibleTo = visibleTo;
    this.recipient = mail.recipient();
    this.subject = mail.subject();
    this.body = mail.body();
    this.status = MailStatus.QUEUED;
    this.createdAt = now;
  }

  OutgoingMail unlessPaid(long invoiceId) {
    this.unlessPaidInvoiceId = invoiceId;
    return this;
  }

  /**
   * An attempt begins now; returns when an earlier one began that ended without a recorded answer
   * (interrupted: it may have reached the mail server), or null.
   */
  Instant attemptStarts(Instant now) {
    Instant interrupted = attemptStartedAt;
    attemptStartedAt = now;
    return interrupted;
  }

  /**
   * The attempt goes on although an earlier one was interrupted: the log says so, since the client
   * may receive the e-mail twice (with one Message-ID).
   */
  void resentAfterInterruption(Instant interrupted) {
    lastError =
        "an attempt begun at "
            + interrupted
            + " was interrupted before the mail server's answer was recorded; sent again with the"
            + " same Message-ID, so the client may have it twice";
  }

  /**
   * An earlier attempt was interrupted and the policy is to hold: staff decide whether to resend.
   */
  void heldAsUncertain(Instant interrupted) {
    status = MailStatus.UNCERTAIN;
    attemptStartedAt = null;
    lastError =
        "an attempt begun at "
            + interrupted
            + " was interrupted before the mail server's answer was recorded: it may or may not"
            + " have been delivered; held (metalcart.mail.after-interrupted-send=hold) until staff"
            + " resend it";
    finished();
  }

  void sent(Instant at) {
    status = MailStatus.SENT;
    sentAt = at;
    attemptStartedAt = null;
    // A note of an interrupted attempt stays: it tells why the client may have two copies.
    if (lastError != null && !lastError.startsWith("an attempt begun at ")) {
      lastError = null;
    }
    finished();
  }

  /** An attempt failed; {@code next} is when the next one is due, or null when none is. */
  void attemptFailed(String error, Instant next) {
    attemptStartedAt = null;
    lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    if (next == null) {
      status = MailStatus.FAILED;
      finished();
    } else {
      reschedule(next);
    }
  }

  void skipped(String why) {
    status = MailStatus.SKIPPED;
    lastError = why;
    finished();
  }

  /** Staff send a failed e-mail again: it is queued afresh. */
  void resend(Instant now) {
    status = MailStatus.QUEUED;
    lastError = null;
    attemptStartedAt = null;
    requeueAt(now);
  }

  public Long id() {
    return id;
  }

  public String template() {
    return template;
  }

  public String eventType() {
    return eventType;
  }

  public String subjectKind() {
    return subjectKind;
  }

  public long subjectId() {
    return subjectId;
  }

  public Long clientId() {
    return clientId;
  }

  public String visibleTo() {
    return visibleTo;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public MailStatus status() {
    return status;
  }

  public Long unlessPaidInvoiceId() {
    return unlessPaidInvoiceId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }
}
