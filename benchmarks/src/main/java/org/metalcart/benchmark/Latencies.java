package org.metalcart.benchmark;

import java.util.Arrays;

/** Percentiles of a set of durations in milliseconds (nearest rank). */
final class Latencies {

  private final double[] sorted;

  Latencies(double[] millis) {
    this.sorted = millis.clone();
    Arrays.sort(sorted);
  }

  double percentile(double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  double max() {
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
  }

  String summary() {
    return String.format(
        "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
        percentile(50), percentile(95), percentile(99), max());
  }
}
