package org.metalcart.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unexpected: logged in full under a reference, answered with that reference and nothing
 * of the failure itself, so that no stack trace or internal detail leaves the server.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    String reference = UUID.randomUUID().toString();
    String instance = RequestPath.of(uriInfo);
    LOG.log(Level.SEVERE, e, () -> "Unexpected failure " + reference + " on " + instance);
    return Problems.response(
        ProblemType.INTERNAL,
        "Metalcart could not complete the request; the operators can find it under reference "
            + reference,
        instance);
  }
}
