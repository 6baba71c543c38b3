package org.metalcart.api.notifications;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.notifications.MailStatus;
import org.metalcart.notifications.OutgoingMail;

/** One e-mail of the log, as it was composed. */
@Schema(
    name = "Email",
    requiredProperties = {
      "id",
      "template",
      "eventType",
      "about",
      "aboutId",
      "recipient",
      "subject",
      "body",
      "status",
      "attempts",
      "createdAt"
    })
public class EmailView {

  public long id;

  @Schema(
      enumeration = {
        "welcome",
        "invoice-issued",
        "payment-received",
        "overdue-reminder",
        "suspended",
        "unsuspended",
        "terminated",
        "provisioning-failed"
      })
  public String template;

  @Schema(description = "The type of the event it tells of (as in the event feed)")
  public String eventType;

  @Schema(enumeration = {"service", "invoice"})
  public String about;

  public long aboutId;

  @Schema(description = "The client it went to; absent for an e-mail to staff")
  public Long clientId;

  public String recipient;

  public String subject;

  public String body;

  public MailStatus status;

  @Schema(description = "Failed attempts so far")
  public int attempts;

  public Instant createdAt;

  @Schema(description = "When it is (next) due: a reminder waits till its day, a retry its turn")
  public Instant dueAt;

  public Instant sentAt;

  @Schema(description = "Why the last attempt failed, or why it was skipped")
  public String lastError;

  public static EmailView of(OutgoingMail mail) {
    EmailView view = new EmailView();
    view.id = mail.id();
    view.template = mail.template();
    view.eventType = mail.eventType();
    view.about = mail.subjectKind();
    view.aboutId = mail.subjectId();
    view.clientId = mail.clientId();
    view.recipient = mail.recipient();
    view.subject = mail.subject();
    view.body = mail.body();
    view.status = mail.status();
    view.attempts = mail.attempts();
    view.createdAt = mail.createdAt();
    view.dueAt = mail.status() == MailStatus.QUEUED ? mail.nextRunAt() : null;
    view.sentAt = mail.sentAt();
    view.lastError = mail.lastError();
    return view;
  }
}
