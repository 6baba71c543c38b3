package org.metalcart.console.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.metalcart.audit.AuditChange;
import org.metalcart.audit.AuditEntry;
import org.metalcart.audit.AuditSearch;
import org.metalcart.audit.AuditTrail;
import org.metalcart.audit.Channel;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.ListPage;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The audit trail in the console, newest first: searched by actor, record, action, door, kind of
 * change and day range, all as request parameters (a search is a link). Administrators only ({@code
 * ConsolePageGuard}).
 */
@Named
@RequestScoped
public class AuditLog extends ListPage<AuditEntry> {

  @Inject AuditTrail trail;

  private String actor;
  private String subject;
  private String subjectId;
  private String action;
  private Channel channel;
  private AuditChange change;
  private String requestId;
  private String fromDay;
  private String toDay;

  @Override
  protected Page<AuditEntry> read(PageRequest request, String search) {
    return trail.search(
        new AuditSearch(
            actor,
            channel,
            subject,
            subjectId,
            action,
            change,
            requestId,
            startOf("from", fromDay, 0),
            startOf("to", toDay, 1)),
        request);
  }

  /** The start of {@code day} (UTC) plus {@code days}; a day that is not one is ignored. */
  private static Instant startOf(String field, String day, int days) {
    if (day == null || day.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(day.strip()).plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      ConsoleMessages.failed("The " + field + " day must be written as 2026-12-04.");
      return null;
    }
  }

  public List<Channel> getChannels() {
    return List.of(Channel.values());
  }

  public List<AuditChange> getChanges() {
    return List.of(AuditChange.values());
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public void setSubjectId(String subjectId) {
    this.subjectId = subjectId;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public AuditChange getChange() {
    return change;
  }

  public void setChange(AuditChange change) {
    this.change = change;
  }

  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  public String getFromDay() {
    return fromDay;
  }

  public void setFromDay(String fromDay) {
    this.fromDay = fromDay;
  }

  public String getToDay() {
    return toDay;
  }

  public void setToDay(String toDay) {
    this.toDay = toDay;
  }
}
