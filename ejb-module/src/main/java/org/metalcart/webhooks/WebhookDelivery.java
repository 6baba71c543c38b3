package org.metalcart.webhooks;

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
import org.metalcart.audit.NotAudited;
import org.metalcart.queue.QueuedWork;

/** One event on its way to one endpoint: the body as it is sent on every attempt. */
@Entity
@NotAudited
@Table(name = "webhook_delivery")
public class WebhookDelivery extends QueuedWork {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
  @SequenceGenerator(
      name = "webhook_delivery_seq",
      sequenceName = "webhook_delivery_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "endpoint_id", nullable = false)
  private long endpointId;

  @Column(name = "event_id", nullable = false)
  private long eventId;

  @Column(name = "event_type", nullable = false)
  private String eventType;

  @Column(name = "body", nullable = false, length = 8000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private DeliveryStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected WebhookDelivery() {
    // for JPA
  }

  WebhookDelivery(long endpointId, long eventId, String eventType, String body, Instant now) {
    super(now);
    this.endpointId = endpointId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.body = body;
    this.status = DeliveryStatus.PENDING;
    this.createdAt = now;
  }

  void delivered(int statusCode, Instant at) {
    status = DeliveryStatus.DELIVERED;
    lastStatus = statusCode;
    lastError = null;
    deliveredAt = at;
    finished();
  }

  /** An attempt failed; {@code next} is when the next one is due, or null when none is. */
  void attemptFailed(Integer statusCode, String error, Instant next) {
    lastStatus = statusCode;
    lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    if (next == null) {
      status = DeliveryStatus.FAILED;
      finished();
    } else {
      reschedule(next);
    }
  }

  /** Delivered again on demand: a new round of attempts, from now. */
  void redeliver(Instant now) {
    status = DeliveryStatus.PENDING;
    deliveredAt = null;
    requeueAt(now);
  }

  public Long id() {
    return id;
  }

  public long endpointId() {
    return endpointId;
  }

  public long eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public String body() {
    return body;
  }

  public DeliveryStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }

  public Integer lastStatus() {
    return lastStatus;
  }

  public String lastError() {
    return lastError;
  }
}
