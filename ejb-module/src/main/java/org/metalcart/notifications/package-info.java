/**
 * E-mails to clients and staff about what happened: a server became Active (the welcome), an
 * invoice was issued or paid, a renewal is overdue and the server is about to be blocked, a server
 * was suspended, unsuspended or terminated, provisioning failed (to staff). {@link
 * org.metalcart.notifications.Notifications} observes the domain events and writes each e-mail
 * ({@link org.metalcart.notifications.OutgoingMail}) in the event's own transaction, so an e-mail
 * exists exactly when its event was committed; the work queue sends it after the commit through the
 * mail session the server provides, retrying with backoff. {@link
 * org.metalcart.notifications.MailLog} is the door for reading the log. Templates are files an
 * operator can replace ({@link org.metalcart.notifications.MailTemplates}).
 */
package org.metalcart.notifications;
