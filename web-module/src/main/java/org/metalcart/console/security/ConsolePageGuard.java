package org.metalcart.console.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.metalcart.security.Permission;
import org.metalcart.security.StaffMember;
import org.metalcart.security.TwoFactor;
import org.metalcart.web.security.WebPaths;

/**
 * Closes the console's form pages ({@link ConsoleAccess#PAGES}) to roles that may not make their
 * change: 403, for the page and for its form, before Faces builds either; and, where two-factor
 * sign-in is required ({@code metalcart.console.two-factor-required}), sends a member without it to
 * the set-up page from every other page. Runs after the sign-in check, so the member is known.
 */
@WebFilter(filterName = "ConsolePageGuard", urlPatterns = "/console/*")
public class ConsolePageGuard extends HttpFilter {

  static final String TWO_FACTOR_PAGE = "/console/two-factor.xhtml";

  @Inject TwoFactor twoFactor;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = WebPaths.path(request);
    Optional<StaffMember> member = StaffSession.member(request);
    if (member.isPresent()
        && !member.get().twoFactor()
        && twoFactor.required()
        && !path.equals(TWO_FACTOR_PAGE)) {
      // Required here and not set up yet: the console opens on the set-up page and nothing else.
      response.sendRedirect(request.getContextPath() + TWO_FACTOR_PAGE);
      return;
    }
    Permission needed = ConsoleAccess.PAGES.get(path);
    if (needed != null && !ConsoleAccess.role(request).map(needed::allows).orElse(false)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN,
          ConsoleAccess.refusal(ConsoleAccess.role(request).orElse(null)));
      return;
    }
    chain.doFilter(request, response);
  }
}
