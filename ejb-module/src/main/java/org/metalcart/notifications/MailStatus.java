package org.metalcart.notifications;

/** Where an e-mail stands. */
public enum MailStatus {
  /** Waiting to be sent, or to be tried again after a failure. */
  QUEUED,
  /** The mail server accepted it. */
  SENT,
  /** Every attempt failed; staff may send it again. */
  FAILED,
  /** No longer to be sent: a reminder of an invoice paid meanwhile. */
  SKIPPED,
  /**
   * An attempt was interrupted (a crash) after the message may have reached the mail server, and
   * {@code metalcart.mail.after-interrupted-send=hold}: not sent again unless staff resend it.
   */
  UNCERTAIN
}
