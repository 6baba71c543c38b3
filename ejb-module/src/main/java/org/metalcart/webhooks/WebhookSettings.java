package org.metalcart.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.queue.Backoff;

/** How webhooks are delivered ({@code metalcart.webhooks.*}). */
@ApplicationScoped
public class WebhookSettings {

  /** Deliveries sent at the same time by this instance. */
  @Inject
  @ConfigProperty(name = "metalcart.webhooks.workers", defaultValue = "4")
  int workers;

  /** The wait after the first failed attempt; it doubles after each, up to four hours. */
  @Inject
  @ConfigProperty(name = "metalcart.webhooks.retry-first-seconds", defaultValue = "60")
  double retryFirstSeconds;

  /** Attempts before a delivery fails: 15 span more than a day with the default waits. */
  @Inject
  @ConfigProperty(name = "metalcart.webhooks.max-attempts", defaultValue = "15")
  int maxAttempts;

  /** How long an endpoint may take to answer. */
  @Inject
  @ConfigProperty(name = "metalcart.webhooks.timeout-seconds", defaultValue = "10")
  double timeoutSeconds;

  /**
   * Hosts or addresses on loopback or private networks that endpoints may still use (a test
   * receiver, an internal service), comma-separated; none by default.
   */
  @Inject
  @ConfigProperty(name = "metalcart.webhooks.allowed-private-hosts")
  Optional<String> allowedPrivateHosts;

  public int workers() {
    return Math.max(1, workers);
  }

  public Backoff backoff() {
    Duration first = Duration.ofMillis(Math.max(1, Math.round(retryFirstSeconds * 1000)));
    Duration cap = Duration.ofHours(4);
    return new Backoff(first, first.compareTo(cap) > 0 ? first : cap);
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  public Duration timeout() {
    return Duration.ofMillis(Math.max(100, Math.round(timeoutSeconds * 1000)));
  }

  /** The lease on a delivery: the answer's time-out and some. */
  public Duration lease() {
    return timeout().multipliedBy(2).plusSeconds(30);
  }

  public List<String> allowedPrivateHosts() {
    return allowedPrivateHosts
        .map(hosts -> Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()))
        .map(hosts -> hosts.toList())
        .orElse(List.of());
  }
}
