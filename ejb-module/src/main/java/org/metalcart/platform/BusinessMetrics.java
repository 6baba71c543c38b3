package org.metalcart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business counters and timers (MicroProfile Metrics, application registry, at {@code
 * /metrics}). A server without MicroProfile Metrics (WildFly offers Micrometer instead) still runs
 * Metalcart: the figures are then simply not kept.
 */
@ApplicationScoped
public class BusinessMetrics {

  @Inject Instance<MetricRegistry> registry;

  public void count(String name, String... tags) {
    if (registry.isResolvable()) {
      registry.get().counter(name, tags(tags)).inc();
    }
  }

  public void time(String name, Duration duration, String... tags) {
    if (registry.isResolvable()) {
      // With its unit stated: without it, Payara exports the nanoseconds as seconds.
      registry
          .get()
          .timer(
              Metadata.builder().withName(name).withUnit(MetricUnits.NANOSECONDS).build(),
              tags(tags))
          .update(duration);
    }
  }

  /** Tags as name, value, name, value. */
  private static Tag[] tags(String... pairs) {
    Tag[] tags = new Tag[pairs.length / 2];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
    }
    return tags;
  }
}
