package org.metalcart.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Clock;
import org.metalcart.events.EventRecorded;
import org.metalcart.events.RecordedEvent;
import org.metalcart.queue.WorkQueued;

/**
 * Each recorded event becomes one delivery per endpoint that wants it and may see it, in the
 * event's transaction: a delivery exists exactly when its event does, and only once.
 */
@ApplicationScoped
public class WebhookFanOut {

  @Inject WebhookRepository repository;

  @Inject Clock clock;

  @Inject Event<WorkQueued> queued;

  void recorded(@Observes EventRecorded recorded) {
    RecordedEvent event = recorded.event();
    String body = null;
    for (WebhookEndpoint endpoint : repository.enabledEndpoints()) {
      if (!endpoint.wants(event.type(), event.visibleTo())) {
        continue;
      }
      if (body == null) {
        body = body(event);
      }
      WebhookDelivery delivery =
          repository.store(
              new WebhookDelivery(endpoint.id(), event.id(), event.type(), body, clock.instant()));
      queued.fire(new WorkQueued(WebhookSender.KIND, delivery.id()));
    }
  }

  /** What an endpoint receives: the event as the feed shows it. */
  static String body(RecordedEvent event) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", event.id())
            .add("type", event.type())
            .add("occurredAt", event.occurredAt().toString())
            .add("subject", event.subject())
            .add("subjectId", event.subjectId());
    if (event.clientId() != null) {
      json.add("clientId", event.clientId());
    }
    try (JsonReader reader = Json.createReader(new StringReader(event.data()))) {
      json.add("data", reader.readObject());
    }
    return json.build().toString();
  }
}
