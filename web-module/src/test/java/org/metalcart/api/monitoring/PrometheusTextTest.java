package org.metalcart.api.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.metalcart.platform.BusinessMetrics;

class PrometheusTextTest {

  private final BusinessMetrics metrics = new BusinessMetrics();

  @Test
  void countersTimersAndTheirTagsInTheTextFormat() {
    metrics.count("metalcart_orders_placed");
    metrics.count("metalcart_orders_placed");
    metrics.count("metalcart_dcim_calls", "outcome", "OK", "function", "v5:vlan");
    metrics.count("metalcart_dcim_calls", "function", "v5:vlan", "outcome", "OK");
    metrics.time("metalcart_provisioning_duration", Duration.ofMillis(1500));
    metrics.time("metalcart_provisioning_duration", Duration.ofMillis(500));

    List<String> lines = PrometheusText.of(metrics.counters(), metrics.timings()).lines().toList();

    assertEquals(
        List.of(
            "# TYPE metalcart_dcim_calls_total counter",
            "metalcart_dcim_calls_total{function=\"v5:vlan\",outcome=\"OK\"} 2",
            "# TYPE metalcart_orders_placed_total counter",
            "metalcart_orders_placed_total 2",
            "# TYPE metalcart_provisioning_duration_seconds summary",
            "metalcart_provisioning_duration_seconds_count 2",
            "metalcart_provisioning_duration_seconds_sum 2.0",
            "# TYPE metalcart_provisioning_duration_seconds_max gauge",
            "metalcart_provisioning_duration_seconds_max 1.5"),
        lines.subList(0, 9));
    assertTrue(lines.contains("# TYPE jvm_memory_used_bytes gauge"), lines::toString);
    assertTrue(
        lines.stream().anyMatch(line -> line.startsWith("jvm_memory_used_bytes{area=\"heap\"} ")));
  }

  @Test
  void aLabelValueIsEscaped() {
    metrics.count("metalcart_dcim_calls", "function", "a\"b\\c\nd");

    String text = PrometheusText.of(metrics.counters(), metrics.timings());

    assertTrue(text.contains("metalcart_dcim_calls_total{function=\"a\\\"b\\\\c\\nd\"} 1\n"), text);
  }
}
