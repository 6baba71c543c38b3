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
 * larger than the limit (413), a body on a GET or DELETE (400), a body without a Content-Type (415;
 * a lenient runtime would guess).
 */
@Provider
@PreMatching
public class RequestShapeFilter implements ContainerRequestFilter {

  /**
   * Methods whose requests carry no body in this API: a body would be ignored, so it is refused.
   */
  private static final java.util.Set<String> BODILESS = java.util.Set.of("GET", "HEAD", "DELETE");

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
    if (hasBody && BODILESS.contains(request.getMethod())) {
      return RejectedRequest.malformed(
          "A " + request.getMethod() + " request takes no body; send it without one");
    }
    if (hasBody && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
      return RejectedRequest.unsupportedMediaType(
          "The request has a body but no Content-Type; send it as application/json");
    }
    return null;
  }
}
