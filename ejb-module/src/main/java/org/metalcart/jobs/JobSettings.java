package org.metalcart.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the nightly jobs run ({@code metalcart.jobs.*}). */
@ApplicationScoped
public class JobSettings {

  /** Partitions of a run: the services it acts on in parallel, each on its own thread. */
  @Inject
  @ConfigProperty(name = "metalcart.jobs.partitions", defaultValue = "8")
  int partitions;

  /** Services per chunk: one transaction and one checkpoint each. */
  @Inject
  @ConfigProperty(name = "metalcart.jobs.chunk-size", defaultValue = "500")
  int chunkSize;

  /**
   * How long a run holds its job without a sign of life; renewed by every chunk. After it, another
   * start of the job takes over (the run's instance is taken to be dead).
   */
  @Inject
  @ConfigProperty(name = "metalcart.jobs.lease-seconds", defaultValue = "600")
  long leaseSeconds;

  /** When the nightly runs start, in {@link #timeZone()}. */
  @Inject
  @ConfigProperty(name = "metalcart.jobs.nightly-at", defaultValue = "03:00")
  String nightlyAt;

  @Inject
  @ConfigProperty(name = "metalcart.jobs.time-zone", defaultValue = "UTC")
  String timeZone;

  /** Off on an instance that must not start the nightly runs (they still run from elsewhere). */
  @Inject
  @ConfigProperty(name = "metalcart.jobs.nightly-enabled", defaultValue = "true")
  boolean nightlyEnabled;

  public int partitions() {
    return Math.max(1, partitions);
  }

  public int chunkSize() {
    return Math.max(1, chunkSize);
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(10, leaseSeconds));
  }

  /**
   * How often an instance looks for runs of other instances whose lease ran out, to restart them:
   * three times per lease, at least every 5 s and at most every minute.
   */
  public Duration takeOverCheck() {
    long seconds = Math.max(5, Math.min(60, lease().toSeconds() / 3));
    return Duration.ofSeconds(seconds);
  }

  public LocalTime nightlyAt() {
    return LocalTime.parse(nightlyAt);
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public boolean nightlyEnabled() {
    return nightlyEnabled;
  }
}
