package org.metalcart.api.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bean Validation failures of a request: 400, with every invalid field named as the client sent it.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream()
            .map(err -> err.field() + ": " + err.message())
            .collect(Collectors.joining("; "));
    String field = errors.size() == 1 ? errors.get(0).field() : null;
    return Problems.response(
        ProblemType.VALIDATION,
        ProblemType.VALIDATION.status(),
        detail,
        RequestPath.of(uriInfo),
        field,
        errors);
  }

  /**
   * The field as the client knows it: {@code prices[1].amount} rather than the validator's {@code
   * create.request.prices[1].amount}. A query parameter is named by its parameter name; a missing
   * body is {@code body}.
   */
  static String fieldOf(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      boolean last = i == nodes.size() - 1;
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
        case PARAMETER -> {
          if (last) {
            field.append(isBody(node.getName()) ? "body" : node.getName());
          }
        }
        case CONTAINER_ELEMENT -> appendIndex(field, node);
        default -> {
          if (node.isInIterable()) {
            appendIndex(field, node);
          }
          if (node.getName() != null) {
            field.append(field.length() == 0 ? "" : ".").append(node.getName());
          }
        }
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static boolean isBody(String parameterName) {
    return "request".equals(parameterName) || parameterName.startsWith("arg");
  }

  private static void appendIndex(StringBuilder field, Path.Node node) {
    if (node.getIndex() != null) {
      field.append('[').append(node.getIndex()).append(']');
    } else if (node.getKey() != null) {
      field.append('[').append(node.getKey()).append(']');
    }
  }
}
