package org.metalcart.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by the JAX-RS runtime (unknown path, wrong method or media type, unreadable body)
 * as problem documents, keeping their status and headers such as {@code Allow}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e.getCause() instanceof NoContentException) {
      return Problems.response(
          ProblemType.MALFORMED_REQUEST,
          "The request has no body; it needs a JSON body of the documented shape",
          RequestPath.of(uriInfo));
    }
    if (MalformedBodyMapper.causedByUnreadableBody(e)) {
      return MalformedBodyMapper.malformed(e, RequestPath.of(uriInfo));
    }
    int status = e.getResponse().getStatus();
    ProblemType type = ProblemType.forStatus(status);
    String detail = detail(status, e.getResponse().getHeaderString("Allow"));
    Response.ResponseBuilder response =
        Response.fromResponse(
                Problems.response(type, status, detail, RequestPath.of(uriInfo), null, null))
            .type(Problem.MEDIA_TYPE);
    e.getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")
                  && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }

  /**
   * In this API's words: the runtime's own message may name its classes ("MessageBodyReader not
   * found for ... class org.metalcart...").
   */
  private String detail(int status, String allow) {
    return switch (status) {
      case 404 -> "There is no resource at " + RequestPath.of(uriInfo);
      case 405 ->
          "This resource does not take that method" + (allow == null ? "" : "; it takes " + allow);
      case 406 -> "This resource answers with application/json only";
      case 415 -> "The request body must be application/json (UTF-8)";
      default -> ProblemType.forStatus(status).title();
    };
  }

  /** The body reader failed: the JSON is not JSON, or does not fit the resource's types. */
  @Provider
  public static class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException e) {
      return malformed(e, RequestPath.of(uriInfo));
    }

    static boolean causedByUnreadableBody(Throwable e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof JsonbException || t instanceof ProcessingException) {
          return true;
        }
      }
      return false;
    }

    static Response malformed(Throwable e, String instance) {
      return Problems.response(ProblemType.MALFORMED_REQUEST, reason(e), instance);
    }

    /**
     * Bodies are read by {@code StrictJsonReader}, which names the field; what still fails in the
     * runtime is told in general words, never in the runtime's (they name its classes).
     */
    private static String reason(Throwable e) {
      return "The request body cannot be read: it must be a JSON object of the documented shape";
    }
  }
}
