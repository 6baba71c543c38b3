package org.metalcart.api.input;

import org.metalcart.api.problem.RejectedRequest;

/**
 * Query parameters read as text and parsed here: the JAX-RS runtimes answer a parameter that does
 * not convert with 404 (as if the resource did not exist) and log a stack trace for it. Here it is
 * a 400 naming the parameter, as a body field would be.
 */
public final class QueryParameters {

  private QueryParameters() {}

  /** An optional id (1 and up); null when absent. */
  public static Long id(String name, String text) {
    return text == null || text.isEmpty() ? null : whole(name, text, 1, Long.MAX_VALUE);
  }

  /** A cursor: a whole number from 0 up; 0 when absent. */
  public static long cursor(String name, String text) {
    return text == null || text.isEmpty() ? 0 : whole(name, text, 0, Long.MAX_VALUE);
  }

  /** A whole number from {@code min} to {@code max}; {@code otherwise} when absent. */
  public static int bounded(String name, String text, int otherwise, int min, int max) {
    return text == null || text.isEmpty() ? otherwise : (int) whole(name, text, min, max);
  }

  private static long whole(String name, String text, long min, long max) {
    String rule = "must be a whole number from " + min + " to " + max;
    if (text.length() > 20 || !text.matches("-?\\d+")) {
      throw RejectedRequest.invalid(name, rule);
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw RejectedRequest.invalid(name, rule);
    }
    if (value < min || value > max) {
      throw RejectedRequest.invalid(name, rule);
    }
    return value;
  }
}
