package org.metalcart.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail: a row that an actor's request created, changed or removed (its
 * values before and after, as JSON objects of the fields that changed), or an action that changed
 * no row (PERFORMED). Immutable: Hibernate never writes a change to it, and nothing in Metalcart
 * deletes one.
 */
@Entity
@Immutable
@NotAudited
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "request_id", nullable = false)
  private String requestId;

  @Column(name = "actor", nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false)
  private ActorKind actorKind;

  @Column(name = "role")
  private String role;

  @Column(name = "address", nullable = false)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false)
  private Channel channel;

  @Column(name = "action", nullable = false)
  private String action;

  @Column(name = "request", nullable = false)
  private String request;

  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", nullable = false)
  private AuditChange change;

  @Column(name = "subject", nullable = false)
  private String subject;

  @Column(name = "subject_id")
  private String subjectId;

  @Column(name = "before_values")
  private String before;

  @Column(name = "after_values")
  private String after;

  protected AuditEntry() {}

  /** An action of {@code scope}'s actor that changed no row: {@code details} says what it did. */
  static AuditEntry performed(AuditScope scope, String subject, String subjectId, String details) {
    AuditEntry entry = new AuditEntry();
    entry.occurredAt = scope.at();
    entry.requestId = scope.requestId();
    entry.actor = scope.actor();
    entry.actorKind = scope.actorKind();
    entry.role = scope.role();
    entry.address = scope.address();
    entry.channel = scope.channel();
    entry.action = scope.action();
    entry.request = scope.request();
    entry.change = AuditChange.PERFORMED;
    entry.subject = subject;
    entry.subjectId = subjectId;
    entry.after = details;
    return entry;
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String requestId() {
    return requestId;
  }

  public String actor() {
    return actor;
  }

  public ActorKind actorKind() {
    return actorKind;
  }

  public String role() {
    return role;
  }

  public String address() {
    return address;
  }

  public Channel channel() {
    return channel;
  }

  public String action() {
    return action;
  }

  public String request() {
    return request;
  }

  public AuditChange change() {
    return change;
  }

  public String subject() {
    return subject;
  }

  public String subjectId() {
    return subjectId;
  }

  /** The fields that changed, as they were (a JSON object), or null for a created row. */
  public String before() {
    return before;
  }

  /** The fields that changed, as they are now (a JSON object), or null for a removed row. */
  public String after() {
    return after;
  }
}
