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
import java.util.Optional;
import java.util.Set;
import org.metalcart.api.problem.Problem;
import org.metalcart.api.problem.ProblemType;
import org.metalcart.api.problem.Problems;
import org.metalcart.security.ApiCredentials;
import org.metalcart.security.ApiRole;

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
      Optional<ApiRole> role = credentials.authenticate(given.identifier(), given.secret());
      if (role.isPresent()) {
        return context.notifyContainerAboutLogin(given.identifier(), Set.of(role.get().roleName()));
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
   * Answers 401 with a problem document. The response is committed here, so that the container
   * cannot replace the body with its own error page.
   */
  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    Problem problem =
        Problems.problem(
            ProblemType.UNAUTHENTICATED,
            HttpServletResponse.SC_UNAUTHORIZED,
            detail,
            request.getRequestURI(),
            null,
            null);
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", REALM);
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
