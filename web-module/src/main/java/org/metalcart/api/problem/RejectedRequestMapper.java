package org.metalcart.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A {@link RejectedRequest} as its problem document; a client's mistake is not logged. */
@Provider
public class RejectedRequestMapper implements ExceptionMapper<RejectedRequest> {

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(RejectedRequest e) {
    return response(e, RequestPath.of(uriInfo));
  }

  static Response response(RejectedRequest e, String instance) {
    List<Problem.FieldError> errors = e.errors();
    String field = errors != null && errors.size() == 1 ? errors.get(0).field() : null;
    Response response =
        Problems.response(e.type(), e.type().status(), e.getMessage(), instance, field, errors);
    // The rest of a body too large is not read: the connection ends with the answer, instead of
    // the server reading (or the client waiting to send) what will never be used.
    return e.type() == ProblemType.PAYLOAD_TOO_LARGE
        ? Response.fromResponse(response).header("Connection", "close").build()
        : response;
  }
}
