package org.metalcart.api.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.metalcart.api.problem.ProblemType;
import org.metalcart.api.problem.Problems;
import org.metalcart.security.ApiRole;

/**
 * Enforces {@code @RolesAllowed} on resource methods (or their class) with a 403 problem. JAX-RS
 * runtimes differ in whether and how they honour the annotation (Jersey needs a feature, RESTEasy a
 * context parameter), so the check is done here, the same on every server. A resource method
 * without the annotation is for admins only: forgetting it must not open an endpoint.
 */
@Provider
// Ahead of any role check the runtime registers itself, so that refusals carry this one's message.
@Priority(Priorities.AUTHORIZATION - 100)
public class RoleCheck implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    String[] allowed = allowedRoles();
    boolean permitted =
        Arrays.stream(allowed).anyMatch(role -> request.getSecurityContext().isUserInRole(role));
    if (!permitted) {
      request.abortWith(
          Problems.response(
              ProblemType.FORBIDDEN,
              "This operation needs the role " + String.join(" or ", allowed),
              request.getUriInfo().getRequestUri().getRawPath()));
    }
  }

  private String[] allowedRoles() {
    if (resource.getResourceMethod() == null) {
      return new String[] {ApiRole.ADMIN_NAME};
    }
    RolesAllowed onMethod = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    RolesAllowed onClass = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    return onClass != null ? onClass.value() : new String[] {ApiRole.ADMIN_NAME};
  }
}
