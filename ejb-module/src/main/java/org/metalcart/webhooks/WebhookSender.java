package org.metalcart.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.metalcart.queue.QueueSettings;
import org.metalcart.queue.QueueWorker;

/**
 * Sends deliveries: a POST of the event as JSON, signed ({@link WebhookSignature}), redirects not
 * followed, within the time-out. Any 2xx is delivered; anything else, or no answer, is tried again
 * later. The same delivery keeps its id and body on every attempt ({@code Metalcart-Delivery} and
 * the event's id), so a receiver that saw it already can tell.
 */
@ApplicationScoped
class WebhookSender implements QueueWorker {

  static final String KIND = "webhook";

  @Inject WebhookQueue queue;

  @Inject WebhookSettings settings;

  @Inject Destinations destinations;

  @Inject QueueSettings queueSettings;

  @Inject Clock clock;

  // HTTP/1.1: what every receiver speaks. (The client's default, HTTP/2, first asks a plain http
  // endpoint to upgrade, which some servers answer badly.)
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public int threads() {
    return settings.workers();
  }

  @Override
  public List<Long> due(int max) {
    return queue.due(max);
  }

  @Override
  public int releaseLeasesOf(String instanceName) {
    return queue.releaseLeasesOf(instanceName);
  }

  @Override
  public void runIfDue(long id) {
    Optional<WebhookQueue.Outgoing> outgoing = queue.take(id, queueSettings.newHolder());
    if (outgoing.isPresent()) {
      send(outgoing.get());
    }
  }

  private void send(WebhookQueue.Outgoing delivery) {
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    Optional<String> refused = destinations.refusal(delivery.url());
    if (refused.isPresent()) {
      queue.attempted(delivery.id(), started, null, 0, "not sent: the URL " + refused.get());
      return;
    }
    Integer status = null;
    String error;
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(delivery.url()))
              .timeout(settings.timeout())
              .header("Content-Type", "application/json")
              .header("User-Agent", "Metalcart-Webhooks/1")
              .header("Metalcart-Event-Id", String.valueOf(delivery.eventId()))
              .header("Metalcart-Event-Type", delivery.type())
              .header("Metalcart-Delivery", String.valueOf(delivery.id()))
              .header(
                  WebhookSignature.HEADER,
                  WebhookSignature.header(
                      delivery.secret(), clock.instant().getEpochSecond(), delivery.body()))
              .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
              .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      status = response.statusCode();
      error = status / 100 == 2 ? null : "the endpoint answered " + status;
    } catch (IOException e) {
      error =
          "no answer: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted while sending";
    } catch (IllegalArgumentException e) {
      error = "not sent: the URL is not valid";
    }
    long millis = Duration.ofNanos(System.nanoTime() - t0).toMillis();
    queue.attempted(delivery.id(), started, status, millis, error);
  }
}
