package org.metalcart.dcim;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

  // Named for the API's document, where the nightly jobs' Outcome is another enumeration.
  @Schema(name = "DcimCallOutcome")
  public enum Outcome {
    OK,
    REFUSED,
    UNAVAILABLE,
    TIMEOUT
  }
}
