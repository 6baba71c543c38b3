package org.metalcart.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.metalcart.web.security.WebPaths;

/**
 * Guards the console's pages in the browser.
 *
 * <p>Cross-site request forgery: every change in the console is a POST of a Faces form, and such a
 * POST must come from a page of this application. Browsers name the page's origin in the {@code
 * Origin} header of every POST (or at least in {@code Referer}); a POST that names another origin,
 * or none, is refused with 403 before Faces sees it. Faces' server-side view state and the session
 * cookie's SameSite attribute (web.xml) are further locks on the same door.
 *
 * <p>The console's answers are not cached, not shown in frames of other sites (clickjacking), and
 * carry a Content-Security-Policy without inline script. Every answer over TLS, the API's too,
 * carries HSTS.
 */
@WebFilter(filterName = "ConsoleRequestGuard", urlPatterns = "/*")
public class ConsoleRequestGuard extends HttpFilter {

  /**
   * Everything from this application only, and no inline script or style: the pages' only script is
   * Faces' Ajax and console.js, as files; a QR code is inline SVG, not an image. {@code
   * form-action} is left open because Log in to DCImanager's form answers with a redirect to the
   * DCImanager panel, which browsers check against it.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.isSecure()) {
      // Served over TLS: browsers are to use nothing else for this host for a year.
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    if (WebPaths.isApi(request) || WebPaths.isWhmcsApi(request)) {
      // Programs, not browsers: no Origin to check, their credential is in every request.
      chain.doFilter(request, response);
      return;
    }
    if ("POST".equals(request.getMethod()) && !fromThisApplication(request)) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN,
          "A console form must be sent from a page of this application");
      return;
    }
    pageHeaders(request, response);
    chain.doFilter(request, response);
  }

  /**
   * The headers of a console answer; again after a page answered something else in its place
   * (NotFoundPages resets the response).
   */
  public static void pageHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!WebPaths.path(request).startsWith("/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** The POST's Origin (or, without one, Referer) is this application's scheme, host and port. */
  static boolean fromThisApplication(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.equals("null")) {
      origin = request.getHeader("Referer");
    }
    if (origin == null) {
      return false;
    }
    String host = request.getHeader("Host");
    try {
      URI from = new URI(origin);
      return from.getScheme() != null
          && from.getRawAuthority() != null
          && from.getRawAuthority().equalsIgnoreCase(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
