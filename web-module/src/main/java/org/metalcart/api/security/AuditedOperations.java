package org.metalcart.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.metalcart.api.contract.OperationIds;
import org.metalcart.audit.AuditScope;

/**
 * Names a REST request in the audit trail by its operation in the OpenAPI document ({@code
 * suspendService}): what an API consumer and an auditor both look up.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuditedOperations implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    String operation =
        OperationIds.of(request.getMethod(), resource.getResourceClass(), method)
            .orElse(method.getDeclaringClass().getSimpleName() + "." + method.getName());
    AuditScope.current().ifPresent(scope -> scope.describe(operation));
  }
}
