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
  SKIPPED
}
