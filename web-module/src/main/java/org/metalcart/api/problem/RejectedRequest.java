package org.metalcart.api.problem;

import java.util.List;

/**
 * A request refused before a resource acts on it: a body that is not strict JSON of the documented
 * shape, too large, of another media type; a query parameter out of range. Answered as a problem
 * document naming the field, and nothing is changed.
 */
public class RejectedRequest extends RuntimeException {

  private final ProblemType type;
  private final transient List<Problem.FieldError> errors;

  private RejectedRequest(ProblemType type, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = errors;
  }

  /** Fields of the body or query parameters that are invalid, each with what is wrong. */
  public static RejectedRequest invalid(List<Problem.FieldError> errors) {
    return new RejectedRequest(
        ProblemType.VALIDATION,
        String.join(
            "; ", errors.stream().map(error -> error.field() + ": " + error.message()).toList()),
        List.copyOf(errors));
  }

  public static RejectedRequest invalid(String field, String message) {
    return invalid(List.of(new Problem.FieldError(field, message)));
  }

  /** The body cannot be read as JSON at all. */
  public static RejectedRequest malformed(String detail) {
    return new RejectedRequest(ProblemType.MALFORMED_REQUEST, detail, null);
  }

  public static RejectedRequest tooLarge(long maxBytes) {
    return new RejectedRequest(
        ProblemType.PAYLOAD_TOO_LARGE,
        "The request body is larger than " + maxBytes + " bytes, the most this API takes",
        null);
  }

  public static RejectedRequest unsupportedMediaType(String detail) {
    return new RejectedRequest(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail, null);
  }

  public ProblemType type() {
    return type;
  }

  /** The invalid fields; null unless the request was refused for its fields. */
  public List<Problem.FieldError> errors() {
    return errors;
  }
}
