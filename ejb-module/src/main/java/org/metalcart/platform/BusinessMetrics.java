package org.metalcart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The business counters and timers (MicroProfile Metrics, application registry, at {@code
 * /metrics}). A server without MicroProfile Metrics (WildFly offers Micrometer instead) still runs
 * Metalcart: the figures are then simply not kept.
 *
 * <p>This class must not name a MicroProfile Metrics type itself: where the API is missing, CDI
 * ignores every class that does, and the beans injecting this one would fail the deployment. Only
 * {@link MicroProfileMetrics} does, and it is ignored alone.
 */
@ApplicationScoped
public class BusinessMetrics {

  @Inject Instance<MetricsRecorder> recorder;

  public void count(String name, String... tags) {
    if (recorder.isResolvable()) {
      recorder.get().count(name, tags);
    }
  }

  public void time(String name, Duration duration, String... tags) {
    if (recorder.isResolvable()) {
      recorder.get().time(name, duration, tags);
    }
  }
}
