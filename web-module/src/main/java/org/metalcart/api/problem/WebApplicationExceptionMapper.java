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
    String detail = e.getMessage();
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
     * The JSON-B runtime's own words where it has any: its outermost message names the property
     * ("Unable to deserialize property 'ipv4Count' ..."), the root cause only the bad text.
     */
    private static String reason(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof JsonbException && t.getMessage() != null) {
          return "The request body is not valid JSON for this resource: "
              + firstLine(t.getMessage());
        }
      }
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return root == e || root.getMessage() == null
          ? "The request needs a JSON body of the documented shape"
          : "The request body is not valid JSON for this resource: " + firstLine(root.getMessage());
    }

    private static String firstLine(String message) {
      int newline = message.indexOf('\n');
      return newline < 0 ? message : message.substring(0, newline);
    }
  }
}
