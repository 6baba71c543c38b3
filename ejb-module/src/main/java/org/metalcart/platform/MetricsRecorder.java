package org.metalcart.platform;

import java.time.Duration;

/** Where {@link BusinessMetrics} keeps its figures, when the server offers a place. */
interface MetricsRecorder {

  /** Tags as name, value, name, value. */
  void count(String name, String... tags);

  void time(String name, Duration duration, String... tags);
}
