package org.metalcart.dcimsim;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Faults injected through the control API: added latency, a random share of 503 answers, a burst of
 * 503 answers, calls of a named function that hang, calls of a named function that fail. A function
 * is named as the call counters name it ({@code v5:server.operations}, {@code v6:POST
 * /dci/v3/server/{id}/owner}).
 */
final class Faults {

  enum Effect {
    PROCEED,
    UNAVAILABLE,
    FAIL
  }

  private long latencyMillis;
  private double errorRate;
  private int burst503;
  private final Map<String, Integer> hangs = new HashMap<>();
  private long hangMillis = 30_000;
  private final Map<String, Integer> failures = new HashMap<>();

  synchronized void configure(JsonObject faults) {
    latencyMillis =
        faults.getJsonNumber("latencyMs") == null
            ? latencyMillis
            : faults.getJsonNumber("latencyMs").longValue();
    errorRate =
        faults.getJsonNumber("errorRate") == null
            ? errorRate
            : faults.getJsonNumber("errorRate").doubleValue();
    burst503 = faults.getJsonNumber("burst503") == null ? burst503 : faults.getInt("burst503");
    JsonObject hang = faults.getJsonObject("hang");
    if (hang != null) {
      hangs.put(hang.getString("function"), hang.getInt("count", 1));
      hangMillis =
          Math.round(
              hang.getJsonNumber("seconds") == null
                  ? 30_000
                  : hang.getJsonNumber("seconds").doubleValue() * 1000);
    }
    JsonObject fail = faults.getJsonObject("fail");
    if (fail != null) {
      failures.put(fail.getString("function"), fail.getInt("count", 1));
    }
  }

  synchronized void clear() {
    latencyMillis = 0;
    errorRate = 0;
    burst503 = 0;
    hangs.clear();
    failures.clear();
  }

  /**
   * Delays the call as configured (outside any lock, so that slow calls overlap as real ones do)
   * and says what becomes of it.
   */
  Effect before(String function) throws InterruptedException {
    long delay;
    Effect effect;
    synchronized (this) {
      delay = latencyMillis + (consume(hangs, function) ? hangMillis : 0);
      if (burst503 > 0) {
        burst503--;
        effect = Effect.UNAVAILABLE;
      } else if (errorRate > 0 && ThreadLocalRandom.current().nextDouble() < errorRate) {
        effect = Effect.UNAVAILABLE;
      } else if (consume(failures, function)) {
        effect = Effect.FAIL;
      } else {
        effect = Effect.PROCEED;
      }
    }
    if (delay > 0) {
      Thread.sleep(delay);
    }
    return effect;
  }

  private static boolean consume(Map<String, Integer> counts, String function) {
    Integer left = counts.get(function);
    if (left == null || left <= 0) {
      return false;
    }
    counts.put(function, left - 1);
    return true;
  }
}
