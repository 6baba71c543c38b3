package org.metalcart.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.metalcart.billing.InvoiceRepository;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.queue.WorkQueue;

/**
 * The e-mails' side of the work queue: each step of sending one is recorded in a transaction of its
 * own, while the SMTP conversation itself runs outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailQueue {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject WorkQueue queue;

  @Inject MailSettings settings;

  @Inject InvoiceRepository invoices;

  @Inject Clock clock;

  public List<Long> due(int max) {
    return queue.due(OutgoingMail.class, max);
  }

  public int releaseLeasesOf(String instanceName) {
    return queue.releaseLeasesOf(OutgoingMail.class, instanceName);
  }

  /**
   * Takes the e-mail for {@code holder} if it is due and nobody has it, and returns it if it is
   * still worth sending: a reminder of an invoice paid (or void) meanwhile is skipped here, and
   * nothing is sent. One transaction: the claim, the read and the start of the attempt. An earlier
   * attempt found unfinished was interrupted after it may have reached the mail server: the e-mail
   * is sent again (with a note in the log) or held for staff, as configured.
   */
  public Optional<OutgoingMail> take(long id, String holder) {
    if (!queue.claim(OutgoingMail.class, id, holder, settings.lease())) {
      return Optional.empty();
    }
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail == null) {
      return Optional.empty();
    }
    Long invoiceId = mail.unlessPaidInvoiceId();
    if (invoiceId != null
        && invoices.find(invoiceId).map(i -> i.status() != InvoiceStatus.UNPAID).orElse(true)) {
      mail.skipped("invoice " + invoiceId + " was paid or cancelled before the reminder was due");
      return Optional.empty();
    }
    Instant interrupted = mail.attemptStarts(clock.instant());
    if (interrupted != null) {
      if (settings.holdInterrupted()) {
        mail.heldAsUncertain(interrupted);
        return Optional.empty();
      }
      mail.resentAfterInterruption(interrupted);
    }
    return Optional.of(mail);
  }

  /** The mail server took the e-mail. */
  public void sent(long id) {
    em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE).sent(clock.instant());
  }

  /**
   * An attempt failed: the e-mail is due again after the backoff, or, when the attempts are spent
   * or the failure is for good (an address no server accepts), it failed.
   */
  public void failed(long id, String error, boolean forGood) {
    OutgoingMail mail = em.find(OutgoingMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    int attempt = mail.failedAttempt();
    Instant now = clock.instant();
    boolean giveUp = forGood || attempt >= settings.maxAttempts();
    mail.attemptFailed(
        giveUp
            ? error + " (attempt " + attempt + "; given up)"
            : error + " (attempt " + attempt + "; tried again later)",
        giveUp ? null : now.plus(settings.backoff().after(attempt)));
  }
}
