package org.metalcart.dcim;

import java.time.Instant;

/**
 * One HTTP exchange with DCImanager, for the module log: the function, the request with every
 * secret replaced by {@code ***}, the (shortened) response, the outcome and how long it took.
 */
public record DcimCall(
    Instant at,
    String function,
    String request,
    String response,
    Outcome outcome,
    long durationMillis) {

  public enum Outcome {
    OK,
    REFUSED,
    UNAVAILABLE,
    TIMEOUT
  }
}
