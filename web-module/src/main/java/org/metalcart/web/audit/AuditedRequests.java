package org.metalcart.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import org.metalcart.audit.ActorKind;
import org.metalcart.audit.AuditScope;
import org.metalcart.audit.Channel;
import org.metalcart.security.ApiRole;
import org.metalcart.web.security.WebPaths;

/**
 * Every request runs in an {@link AuditScope}: the authentication mechanism has run by now, so the
 * caller is known for the REST API and the console; the WHMCS-compatible API names its caller
 * itself once it has checked the credential in the parameters. The scope ends with the request, on
 * this thread, whatever happens.
 *
 * <p>The address is the one the server sees; behind a proxy it is the proxy's unless the server is
 * told to trust its forwarding header (the same address the credentials' allow-lists check).
 */
@WebFilter(filterName = "AuditedRequests", urlPatterns = "/*")
public class AuditedRequests extends HttpFilter {

  @Inject Clock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Channel channel = channel(request);
    try (AuditScope scope =
        AuditScope.begin(
            clock.instant(),
            channel,
            request.getRemoteAddr(),
            request.getMethod() + " " + WebPaths.path(request))) {
      Principal caller = request.getUserPrincipal();
      if (caller != null) {
        scope.identify(
            caller.getName(),
            channel == Channel.CONSOLE ? ActorKind.STAFF : ActorKind.API_CREDENTIAL,
            role(request));
      }
      chain.doFilter(request, response);
    }
  }

  private static Channel channel(HttpServletRequest request) {
    if (WebPaths.isApi(request)) {
      return Channel.API;
    }
    return WebPaths.isWhmcsApi(request) ? Channel.WHMCS : Channel.CONSOLE;
  }

  private static String role(HttpServletRequest request) {
    for (ApiRole role : ApiRole.values()) {
      if (request.isUserInRole(role.roleName())) {
        return role.name();
      }
    }
    return null;
  }
}
