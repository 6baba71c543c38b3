package org.metalcart.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.queue.Backoff;

/** How provisioning and the other module commands run ({@code metalcart.provisioning.*}). */
@ApplicationScoped
public class ProvisioningSettings {

  private static final Backoff OUTAGE_BACKOFF =
      new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(5));

  /** The seed's 720 seconds: after them the service stays Pending with an error. */
  @Inject
  @ConfigProperty(name = "metalcart.provisioning.install-timeout-seconds", defaultValue = "720")
  double installTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "metalcart.provisioning.poll-interval-seconds", defaultValue = "10")
  double pollIntervalSeconds;

  /** Domain of the hostname a service gets when its order names none (the {@code @DOMAIN@}). */
  @Inject
  @ConfigProperty(name = "metalcart.provisioning.default-domain", defaultValue = "servers.local")
  String defaultDomain;

  /** Module commands carried out at the same time on this instance. */
  @Inject
  @ConfigProperty(name = "metalcart.provisioning.workers", defaultValue = "8")
  int workers;

  /**
   * How long a worker may hold a task without a sign of life: longer than the slowest DCImanager
   * call with its retries (30 s read timeout, 20 s of retries), short enough that a task of a
   * crashed server is resumed soon.
   */
  @Inject
  @ConfigProperty(name = "metalcart.provisioning.lease-seconds", defaultValue = "120")
  double leaseSeconds;

  /** Attempts that may end in DCImanager being unavailable before the command fails for good. */
  @Inject
  @ConfigProperty(name = "metalcart.provisioning.max-attempts", defaultValue = "5")
  int maxAttempts;

  /**
   * How long a command waits for an operation DCImanager runs on the service's server (an OS
   * install, a power action) before it gives up with an error: longer than an install may take.
   */
  @Inject
  @ConfigProperty(name = "metalcart.provisioning.busy-wait-seconds", defaultValue = "900")
  double busyWaitSeconds;

  public Duration installTimeout() {
    return seconds(installTimeoutSeconds);
  }

  public Duration pollInterval() {
    return seconds(pollIntervalSeconds);
  }

  public Duration busyWait() {
    return seconds(busyWaitSeconds);
  }

  public String defaultDomain() {
    return defaultDomain;
  }

  public int workers() {
    return Math.max(1, workers);
  }

  public Duration lease() {
    return seconds(leaseSeconds);
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  /** The wait before attempt {@code n + 1} after a DCImanager outage: 5 s, 10 s, 20 s ... 5 min. */
  public Duration backoff(int attempt) {
    return OUTAGE_BACKOFF.after(attempt);
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
