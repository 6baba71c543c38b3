package org.metalcart.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * The business counters and timers of this instance. Kept here, in memory, so that the API serves
 * them the same on every server ({@code GET /api/v1/metrics}, behind a credential); also handed to
 * MicroProfile Metrics' application registry where the server has it (Payara), for an operator who
 * opens the server's own {@code /metrics}. WildFly offers Micrometer instead: there only the first
 * place exists.
 *
 * <p>This class must not name a MicroProfile Metrics type itself: where the API is missing, CDI
 * ignores every class that does, and the beans injecting this one would fail the deployment. Only
 * {@link MicroProfileMetrics} does, and it is ignored alone.
 */
@ApplicationScoped
public class BusinessMetrics {

  /** A figure's name and its tags (sorted by tag name, as an exporter writes them). */
  public record Key(String name, SortedMap<String, String> tags) {}

  /** How many timings, their total and the longest, in nanoseconds. */
  public record Timing(long count, long totalNanos, long maxNanos) {}

  private final ConcurrentMap<Key, LongAdder> counters = new ConcurrentHashMap<>();

  private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

  /** Absent outside a container (a unit test counts in memory only). */
  @Inject Instance<MetricsRecorder> recorder;

  public void count(String name, String... tags) {
    counters.computeIfAbsent(key(name, tags), k -> new LongAdder()).increment();
    if (recorder != null && recorder.isResolvable()) {
      recorder.get().count(name, tags);
    }
  }

  public void time(String name, Duration duration, String... tags) {
    timers.computeIfAbsent(key(name, tags), k -> new Timer()).add(duration.toNanos());
    if (recorder != null && recorder.isResolvable()) {
      recorder.get().time(name, duration, tags);
    }
  }

  /** The counters as they stand, by name and tags. */
  public SortedMap<Key, Long> counters() {
    SortedMap<Key, Long> now = new TreeMap<>(BusinessMetrics::compare);
    counters.forEach((key, adder) -> now.put(key, adder.sum()));
    return now;
  }

  /** The timers as they stand, by name and tags. */
  public SortedMap<Key, Timing> timings() {
    SortedMap<Key, Timing> now = new TreeMap<>(BusinessMetrics::compare);
    timers.forEach((key, timer) -> now.put(key, timer.snapshot()));
    return now;
  }

  private static Key key(String name, String... pairs) {
    SortedMap<String, String> tags = new TreeMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      tags.put(pairs[i], pairs[i + 1]);
    }
    return new Key(name, tags);
  }

  private static int compare(Key a, Key b) {
    int byName = a.name().compareTo(b.name());
    return byName != 0 ? byName : flat(a.tags()).compareTo(flat(b.tags()));
  }

  private static String flat(Map<String, String> tags) {
    List<String> parts = new ArrayList<>();
    tags.forEach((name, value) -> parts.add(name + '\u0000' + value));
    return String.join("\u0001", parts);
  }

  /** Counts, sums and keeps the longest without a lock: timings come from many threads. */
  private static final class Timer {
    private final LongAdder count = new LongAdder();
    private final LongAdder total = new LongAdder();
    private final LongAccumulator max = new LongAccumulator(Math::max, 0);

    void add(long nanos) {
      count.increment();
      total.add(nanos);
      max.accumulate(nanos);
    }

    Timing snapshot() {
      return new Timing(count.sum(), total.sum(), max.get());
    }
  }
}
