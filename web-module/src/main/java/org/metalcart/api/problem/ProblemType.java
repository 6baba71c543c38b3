package org.metalcart.api.problem;

import java.util.Locale;

/**
 * The stable problem types of the API. Clients may branch on {@link #uri()}; titles are for people.
 */
public enum ProblemType {
  VALIDATION(400, "The request has invalid fields"),
  MALFORMED_REQUEST(400, "The request body cannot be read"),
  UNAUTHENTICATED(401, "Authentication required"),
  FORBIDDEN(403, "Not allowed for this credential"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "No acceptable representation"),
  CONFLICT(409, "Conflict with the current state"),
  OUT_OF_STOCK(409, "The plan has no free server for the order"),
  PAYLOAD_TOO_LARGE(413, "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  BUSINESS_RULE(422, "The request breaks a business rule"),
  TOO_MANY_REQUESTS(429, "Too many failed authentications"),
  UPSTREAM(502, "DCImanager refused or failed"),
  HTTP_ERROR(400, "HTTP error"),
  INTERNAL(500, "Internal error");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public String uri() {
    return "urn:metalcart:problem:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The type that matches an HTTP error status raised by the JAX-RS runtime itself. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != VALIDATION && type != HTTP_ERROR) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : HTTP_ERROR;
  }
}
