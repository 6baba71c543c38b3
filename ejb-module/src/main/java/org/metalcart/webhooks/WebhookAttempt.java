package org.metalcart.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.metalcart.audit.NotAudited;

/** One try at a delivery: when, what the endpoint answered, how long it took. */
@Entity
@NotAudited
@Table(name = "webhook_attempt")
public class WebhookAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
  @SequenceGenerator(
      name = "webhook_attempt_seq",
      sequenceName = "webhook_attempt_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "delivery_id", nullable = false)
  private long deliveryId;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  /** The HTTP status the endpoint answered; null when it did not answer. */
  @Column(name = "status_code")
  private Integer statusCode;

  @Column(name = "duration_ms", nullable = false)
  private long durationMillis;

  @Column(name = "error", length = 1000)
  private String error;

  protected WebhookAttempt() {
    // for JPA
  }

  WebhookAttempt(
      long deliveryId, Instant attemptedAt, Integer statusCode, long durationMillis, String error) {
    this.deliveryId = deliveryId;
    this.attemptedAt = attemptedAt;
    this.statusCode = statusCode;
    this.durationMillis = durationMillis;
    this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
  }

  public Long id() {
    return id;
  }

  public long deliveryId() {
    return deliveryId;
  }

  public Instant attemptedAt() {
    return attemptedAt;
  }

  public Integer statusCode() {
    return statusCode;
  }

  public long durationMillis() {
    return durationMillis;
  }

  public String error() {
    return error;
  }
}
