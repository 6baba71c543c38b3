package org.metalcart.api.problem;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document. {@code field} names the offending request field when there is one;
 * {@code errors} lists every invalid field of a validation failure.
 */
@Schema(
    name = "Problem",
    description = "An RFC 9457 problem document; every error of the API is one",
    requiredProperties = {"type", "title", "status", "detail"})
public record Problem(
    @Schema(
            description = "Stable; clients may branch on it",
            example = "urn:metalcart:problem:validation")
        String type,
    String title,
    int status,
    String detail,
    String instance,
    String field,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field and what is wrong with it. */
  @Schema(
      name = "ProblemFieldError",
      requiredProperties = {"field", "message"})
  public record FieldError(
      @Schema(description = "The field as the client sent it, such as items[0].productId")
          String field,
      String message) {}
}
