package org.metalcart.queue;

import java.time.Duration;

/**
 * Exponential backoff: the wait before the next attempt doubles from {@code first} after each
 * failed one, up to {@code cap}.
 */
public record Backoff(Duration first, Duration cap) {

  /** The wait after failed attempt {@code attempt} (1 for the first). */
  public Duration after(int attempt) {
    int doublings = Math.max(0, Math.min(30, attempt - 1));
    long millis = first.toMillis();
    long capped = cap.toMillis();
    for (int i = 0; i < doublings && millis < capped; i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, capped));
  }

  /** How long the first {@code attempts} failed attempts wait in all. */
  public Duration total(int attempts) {
    Duration sum = Duration.ZERO;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      sum = sum.plus(after(attempt));
    }
    return sum;
  }
}
