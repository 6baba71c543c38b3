package org.metalcart.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses; the exception mappers and the authentication mechanism use it. */
public final class Problems {

  private Problems() {}

  public static Response response(ProblemType type, String detail, String instance) {
    return response(type, type.status(), detail, instance, null, null);
  }

  public static Response response(
      ProblemType type,
      int status,
      String detail,
      String instance,
      String field,
      List<Problem.FieldError> errors) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(problem(type, status, detail, instance, field, errors))
        .build();
  }

  public static Problem problem(
      ProblemType type,
      int status,
      String detail,
      String instance,
      String field,
      List<Problem.FieldError> errors) {
    return new Problem(type.uri(), type.title(), status, detail, instance, field, errors);
  }

  /** A request refused before a resource acted on it. */
  public static Response rejected(RejectedRequest e, String instance) {
    return RejectedRequestMapper.response(e, instance);
  }

  /** One validation error for one field. */
  public static Response invalidField(String field, String message, String instance) {
    return response(
        ProblemType.VALIDATION,
        ProblemType.VALIDATION.status(),
        field + ": " + message,
        instance,
        field,
        List.of(new Problem.FieldError(field, message)));
  }
}
