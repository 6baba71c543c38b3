package org.metalcart.api.problem;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code field} names the offending request field when there is one;
 * {@code errors} lists every invalid field of a validation failure.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String field,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
