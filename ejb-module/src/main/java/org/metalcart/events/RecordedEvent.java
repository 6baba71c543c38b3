package org.metalcart.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.metalcart.audit.NotAudited;

/** A domain event as the log keeps it: its facts as JSON, and who may see it. */
@Entity
@NotAudited
@Table(name = "domain_event")
@NamedQuery(
    name = "RecordedEvent.after",
    query =
        "select e from RecordedEvent e where e.id > :after and e.recordedAt <= :settled"
            + " and (:owner is null or e.visibleTo = :owner)"
            + " and (:type is null or e.type = :type) order by e.id")
public class RecordedEvent {

  /**
   * One value at a time from the sequence (no pooled blocks): ids follow the order events are
   * recorded in across instances, which the feed's cursor relies on.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "domain_event_seq")
  @SequenceGenerator(
      name = "domain_event_seq",
      sequenceName = "domain_event_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "type", nullable = false)
  private String type;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "subject_id", nullable = false)
  private long subjectId;

  @Column(name = "client_id")
  private Long clientId;

  @Column(name = "visible_to")
  private String visibleTo;

  @Column(name = "data", nullable = false)
  private String data;

  protected RecordedEvent() {}

  RecordedEvent(
      String type,
      Instant occurredAt,
      Instant recordedAt,
      String subject,
      long subjectId,
      Long clientId,
      String visibleTo,
      String data) {
    this.type = type;
    this.occurredAt = occurredAt;
    this.recordedAt = recordedAt;
    this.subject = subject;
    this.subjectId = subjectId;
    this.clientId = clientId;
    this.visibleTo = visibleTo;
    this.data = data;
  }

  public Long id() {
    return id;
  }

  public String type() {
    return type;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String subject() {
    return subject;
  }

  public long subjectId() {
    return subjectId;
  }

  public Long clientId() {
    return clientId;
  }

  /** The cart that may see it; null for admins only. */
  public String visibleTo() {
    return visibleTo;
  }

  /** The facts, as the JSON object the event gave. */
  public String data() {
    return data;
  }
}
