package org.metalcart.api.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.metalcart.api.problem.Problems;
import org.metalcart.api.problem.RejectedRequest;

/**
 * Refuses what can be told from the headers, before anything is read or matched: a body declared
 * larger than the limit (413), a body without a Content-Type (415; a lenient runtime would guess).
 */
@Provider
@PreMatching
public class RequestShapeFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    RejectedRequest rejected = check(request);
    if (rejected != null) {
      request.abortWith(
          Problems.rejected(rejected, request.getUriInfo().getRequestUri().getRawPath()));
    }
  }

  private static RejectedRequest check(ContainerRequestContext request) {
    long declared = request.getLength();
    if (declared > ApiLimits.maxBodyBytes()) {
      return RejectedRequest.tooLarge(ApiLimits.maxBodyBytes());
    }
    boolean hasBody = declared > 0 || request.getHeaderString("Transfer-Encoding") != null;
    if (hasBody && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
      return RejectedRequest.unsupportedMediaType(
          "The request has a body but no Content-Type; send it as application/json");
    }
    return null;
  }
}
