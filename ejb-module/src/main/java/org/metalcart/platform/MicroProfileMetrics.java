package org.metalcart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The figures in MicroProfile Metrics' application registry (Payara). On a server without the API
 * (WildFly), CDI cannot load this class and ignores it, and {@link BusinessMetrics} keeps nothing.
 */
@ApplicationScoped
class MicroProfileMetrics implements MetricsRecorder {

  @Inject MetricRegistry registry;

  @Override
  public void count(String name, String... tags) {
    registry.counter(name, tags(tags)).inc();
  }

  @Override
  public void time(String name, Duration duration, String... tags) {
    // With its unit stated: without it, Payara exports the nanoseconds as seconds.
    registry
        .timer(
            Metadata.builder().withName(name).withUnit(MetricUnits.NANOSECONDS).build(), tags(tags))
        .update(duration);
  }

  private static Tag[] tags(String... pairs) {
    Tag[] tags = new Tag[pairs.length / 2];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = new Tag(pairs[2 * i], pairs[2 * i + 1]);
    }
    return tags;
  }
}
