package org.metalcart.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.metalcart.api.problem.Problem;
import org.metalcart.api.problem.ProblemType;
import org.metalcart.api.problem.Problems;
import org.metalcart.security.ApiAuthenticationResult;
import org.metalcart.security.ApiCredentials;

/**
 * HTTP Basic with API credentials, for requests under {@code /api/}. Written out rather than the
 * built-in Basic mechanism so that a refusal is a problem+json document like every other API error.
 * The API never looks at a session: a console sign-in does not open the API, so a page on another
 * site cannot use a signed-in operator's browser to call it.
 */
@ApplicationScoped
public class ApiAuthentication {

  private static final String REALM = "Basic realm=\"metalcart\", charset=\"UTF-8\"";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject ApiCredentials credentials;

  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<BasicCredentials> presented =
        BasicCredentials.parse(request.getHeader("Authorization"));
    if (presented.isPresent()) {
      BasicCredentials given = presented.get();
      ApiAuthenticationResult result =
          credentials.authenticate(given.identifier(), given.secret(), request.getRemoteAddr());
      if (result instanceof ApiAuthenticationResult.Authenticated ok) {
        return context.notifyContainerAboutLogin(given.identifier(), Set.of(ok.role().roleName()));
      }
      if (result instanceof ApiAuthenticationResult.Held held) {
        return refuseHeld(request, response, held.retryAfter());
      }
      return refuse(request, response, "The API credentials are not valid");
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return refuse(
        request, response, "This API needs HTTP Basic authentication with an API credential");
  }

  /**
   * Answers 429 with Retry-After: too many failed authentications from this identifier or address.
   * The same answer whether the identifier exists or not.
   */
  private static AuthenticationStatus refuseHeld(
      HttpServletRequest request, HttpServletResponse response, Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", Long.toString(seconds));
    return send(
        request,
        response,
        ProblemType.TOO_MANY_REQUESTS,
        "Too many failed authentications from this identifier or address; try again in "
            + seconds
            + " seconds");
  }

  /**
   * Answers 401 with a problem document. The response is committed here, so that the container
   * cannot replace the body with its own error page.
   */
  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", REALM);
    return send(request, response, ProblemType.UNAUTHENTICATED, detail);
  }

  private static AuthenticationStatus send(
      HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail) {
    Problem problem =
        Problems.problem(type, type.status(), detail, request.getRequestURI(), null, null);
    try {
      response.setStatus(type.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(JSON.toJson(problem));
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
