package org.metalcart.api.monitoring;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.SortedMap;
import org.metalcart.platform.BusinessMetrics.Key;
import org.metalcart.platform.BusinessMetrics.Timing;

/**
 * Writes figures in Prometheus' text exposition format (version 0.0.4): counters as {@code
 * <name>_total}, timers as a summary {@code <name>_seconds} (count and sum) beside a gauge {@code
 * <name>_seconds_max}, then the JVM's.
 */
final class PrometheusText {

  static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final double NANOS_PER_SECOND = 1e9;

  private final StringBuilder text = new StringBuilder(4096);

  private PrometheusText() {}

  static String of(SortedMap<Key, Long> counters, SortedMap<Key, Timing> timings) {
    PrometheusText out = new PrometheusText();
    String family = null;
    for (Map.Entry<Key, Long> counter : counters.entrySet()) {
      String name = counter.getKey().name() + "_total";
      if (!name.equals(family)) {
        out.type(name, "counter");
        family = name;
      }
      out.sample(name, counter.getKey().tags(), counter.getValue());
    }
    family = null;
    for (Map.Entry<Key, Timing> timer : timings.entrySet()) {
      String name = timer.getKey().name() + "_seconds";
      if (!name.equals(family)) {
        out.type(name, "summary");
        family = name;
      }
      Timing timing = timer.getValue();
      out.sample(name + "_count", timer.getKey().tags(), timing.count());
      out.sample(name + "_sum", timer.getKey().tags(), timing.totalNanos() / NANOS_PER_SECOND);
    }
    family = null;
    for (Map.Entry<Key, Timing> timer : timings.entrySet()) {
      String name = timer.getKey().name() + "_seconds_max";
      if (!name.equals(family)) {
        out.type(name, "gauge");
        family = name;
      }
      out.sample(name, timer.getKey().tags(), timer.getValue().maxNanos() / NANOS_PER_SECOND);
    }
    out.jvm();
    return out.text.toString();
  }

  private void jvm() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
    type("jvm_memory_used_bytes", "gauge");
    sample("jvm_memory_used_bytes", Map.of("area", "heap"), heap.getUsed());
    sample("jvm_memory_used_bytes", Map.of("area", "nonheap"), nonHeap.getUsed());
    type("jvm_memory_committed_bytes", "gauge");
    sample("jvm_memory_committed_bytes", Map.of("area", "heap"), heap.getCommitted());
    sample("jvm_memory_committed_bytes", Map.of("area", "nonheap"), nonHeap.getCommitted());
    type("jvm_memory_max_bytes", "gauge");
    sample("jvm_memory_max_bytes", Map.of("area", "heap"), heap.getMax());
    type("jvm_threads_live", "gauge");
    sample("jvm_threads_live", Map.of(), ManagementFactory.getThreadMXBean().getThreadCount());
    type("process_uptime_seconds", "gauge");
    sample(
        "process_uptime_seconds",
        Map.of(),
        ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
  }

  private void type(String name, String type) {
    text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private void sample(String name, Map<String, String> tags, Number value) {
    text.append(name);
    if (!tags.isEmpty()) {
      text.append('{');
      String separator = "";
      for (Map.Entry<String, String> tag : tags.entrySet()) {
        text.append(separator).append(tag.getKey()).append("=\"");
        escape(tag.getValue());
        text.append('"');
        separator = ",";
      }
      text.append('}');
    }
    text.append(' ').append(value).append('\n');
  }

  /** A label value's backslash, quote and line feed are escaped, as the format asks. */
  private void escape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '"' -> text.append("\\\"");
        case '\n' -> text.append("\\n");
        default -> text.append(c);
      }
    }
  }
}
