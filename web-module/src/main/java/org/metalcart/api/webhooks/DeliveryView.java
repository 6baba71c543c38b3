package org.metalcart.api.webhooks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.webhooks.DeliveryStatus;
import org.metalcart.webhooks.WebhookAttempt;
import org.metalcart.webhooks.WebhookDelivery;

/** One event on its way to one endpoint, with its attempts when asked for one delivery. */
@Schema(
    name = "WebhookDelivery",
    requiredProperties = {
      "id",
      "webhookId",
      "eventId",
      "eventType",
      "status",
      "attempts",
      "createdAt",
      "body"
    })
public class DeliveryView {

  public long id;

  public long webhookId;

  @Schema(description = "The event's id, as in the event feed")
  public long eventId;

  public String eventType;

  public DeliveryStatus status;

  @Schema(description = "Failed attempts so far")
  public int attempts;

  public Instant createdAt;

  @Schema(description = "When the next attempt is due, while it is pending")
  public Instant nextAttemptAt;

  public Instant deliveredAt;

  @Schema(description = "The HTTP status of the last answer")
  public Integer lastStatus;

  public String lastError;

  @Schema(description = "What is POSTed, the same on every attempt")
  public String body;

  @Schema(description = "Every attempt, oldest first (when one delivery is read)")
  public List<AttemptView> attemptLog;

  @Schema(
      name = "WebhookAttempt",
      requiredProperties = {"attemptedAt", "durationMillis"})
  public static class AttemptView {
    public Instant attemptedAt;

    @Schema(description = "The HTTP status; absent when the endpoint did not answer")
    public Integer statusCode;

    public long durationMillis;

    public String error;

    static AttemptView of(WebhookAttempt attempt) {
      AttemptView view = new AttemptView();
      view.attemptedAt = attempt.attemptedAt();
      view.statusCode = attempt.statusCode();
      view.durationMillis = attempt.durationMillis();
      view.error = attempt.error();
      return view;
    }
  }

  static DeliveryView of(WebhookDelivery delivery) {
    DeliveryView view = new DeliveryView();
    view.id = delivery.id();
    view.webhookId = delivery.endpointId();
    view.eventId = delivery.eventId();
    view.eventType = delivery.eventType();
    view.status = delivery.status();
    view.attempts = delivery.attempts();
    view.createdAt = delivery.createdAt();
    view.nextAttemptAt = delivery.status() == DeliveryStatus.PENDING ? delivery.nextRunAt() : null;
    view.deliveredAt = delivery.deliveredAt();
    view.lastStatus = delivery.lastStatus();
    view.lastError = delivery.lastError();
    view.body = delivery.body();
    return view;
  }

  static DeliveryView of(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    DeliveryView view = of(delivery);
    view.attemptLog = attempts.stream().map(AttemptView::of).toList();
    return view;
  }
}
