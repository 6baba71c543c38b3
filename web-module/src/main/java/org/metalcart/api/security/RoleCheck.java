package org.metalcart.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Collectors;
import org.metalcart.api.problem.ProblemType;
import org.metalcart.api.problem.Problems;
import org.metalcart.security.ApiRole;
import org.metalcart.security.Permission;

/**
 * Enforces each resource method's {@link Requires} with a 403 problem, from the one table of rights
 * ({@link Permission}). Done here rather than with {@code @RolesAllowed}, which JAX-RS runtimes
 * honour differently (Jersey needs a feature, RESTEasy a context parameter), so that the check is
 * the same on every server and the same table decides for the console.
 */
@Provider
// Ahead of any role check the runtime registers itself, so that refusals carry this one's message.
@Priority(Priorities.AUTHORIZATION - 100)
public class RoleCheck implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Optional<Permission> needed = permission(resource.getResourceMethod());
    SecurityContext security = request.getSecurityContext();
    boolean permitted =
        needed.isPresent()
            ? role(security).map(needed.get()::allows).orElse(false)
            : security.isUserInRole(ApiRole.ADMIN_NAME);
    if (!permitted) {
      request.abortWith(
          Problems.response(
              ProblemType.FORBIDDEN,
              "This operation needs the role "
                  + needed
                      .map(
                          p ->
                              p.roles().stream()
                                  .map(ApiRole::roleName)
                                  .collect(Collectors.joining(" or ")))
                      .orElse(ApiRole.ADMIN_NAME),
              request.getUriInfo().getRequestUri().getRawPath()));
    }
  }

  /** The role of the authenticated credential: each one holds exactly one. */
  static Optional<ApiRole> role(SecurityContext security) {
    for (ApiRole role : ApiRole.values()) {
      if (security.isUserInRole(role.roleName())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  static Optional<Permission> permission(Method method) {
    return Optional.ofNullable(method)
        .map(m -> m.getAnnotation(Requires.class))
        .map(Requires::value);
  }
}
