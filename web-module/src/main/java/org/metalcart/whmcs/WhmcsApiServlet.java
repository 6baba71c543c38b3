package org.metalcart.whmcs;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.metalcart.audit.ActorKind;
import org.metalcart.audit.AuditScope;
import org.metalcart.security.ApiAuthenticationResult;
import org.metalcart.security.ApiCredentials;
import org.metalcart.security.ApiRole;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.Caller;

/**
 * {@code /includes/api.php}: WHMCS's External API endpoint. Parameters come from the body
 * (form-encoded or multipart) and the query string alike, as PHP reads them; POST and GET are both
 * answered, since some WHMCS clients send every call as a query string. Answers are JSON with
 * {@code responsetype=json}, otherwise XML (WHMCS 8's default). Errors are {@code result: error}
 * with WHMCS's message and HTTP 200, except a failed authentication or a missing permission (403,
 * as WHMCS answers them). Each call leaves one line in the server log: the action, the credential,
 * the result and the time taken; never a parameter's value.
 */
@WebServlet(urlPatterns = "/includes/api.php")
@MultipartConfig(maxFileSize = WhmcsApiServlet.MAX_BODY, maxRequestSize = WhmcsApiServlet.MAX_BODY)
public class WhmcsApiServlet extends HttpServlet {

  private static final int TOO_MANY_REQUESTS = 429;

  static final int MAX_BODY = 1024 * 1024;

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(WhmcsApiServlet.class.getName());

  @Inject transient WhmcsActions actions;

  @Inject transient ApiCredentials credentials;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(request, response);
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long started = System.nanoTime();
    // WHMCS speaks UTF-8; set before any parameter is read, or the container decodes them as
    // ISO-8859-1.
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    boolean json = wantsJson(request);
    if (request.getContentLengthLong() > MAX_BODY) {
      write(
          response,
          json,
          null,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          WhmcsAnswer.error("The request is larger than 1 MiB"));
      return;
    }
    WhmcsParams params;
    try {
      params = WhmcsParams.of(request.getParameterMap());
    } catch (IllegalStateException | IllegalArgumentException e) {
      // The container could not read the body (too large a part, or not decodable).
      write(
          response,
          json,
          null,
          HttpServletResponse.SC_BAD_REQUEST,
          WhmcsAnswer.error("The request body could not be read as form parameters"));
      return;
    }
    String actionName = params.text("action").orElse("");
    ApiAuthenticationResult result = authenticate(params, request.getRemoteAddr());
    if (result instanceof ApiAuthenticationResult.Held held) {
      long seconds = Math.max(1, (held.retryAfter().toMillis() + 999) / 1000);
      log(actionName, "-", "Authentication Held", started);
      response.setHeader("Retry-After", Long.toString(seconds));
      write(
          response,
          json,
          null,
          TOO_MANY_REQUESTS,
          WhmcsAnswer.error(
              "Too many failed authentications; try again in " + seconds + " seconds"));
      return;
    }
    Optional<Authenticated> caller = authenticated(params, result);
    if (caller.isEmpty()) {
      log(actionName, "-", "Authentication Failed", started);
      write(
          response,
          json,
          null,
          HttpServletResponse.SC_FORBIDDEN,
          WhmcsAnswer.error("Authentication Failed"));
      return;
    }
    Optional<WhmcsActions.Action> action = actions.named(actionName);
    if (action.isEmpty()) {
      log(actionName, caller.get().identifier(), "Command Not Found", started);
      write(
          response, json, null, HttpServletResponse.SC_OK, WhmcsAnswer.error("Command Not Found"));
      return;
    }
    String name = action.get().name();
    AuditScope.current()
        .ifPresent(
            scope -> {
              scope.identify(
                  caller.get().identifier(), ActorKind.API_CREDENTIAL, caller.get().role().name());
              scope.describe("WHMCS " + name);
            });
    if (!action.get().permission().allows(caller.get().role())) {
      log(name, caller.get().identifier(), "Invalid Permissions", started);
      write(
          response,
          json,
          name,
          HttpServletResponse.SC_FORBIDDEN,
          WhmcsAnswer.error(
              "Invalid Permissions: API action \""
                  + name.toLowerCase(Locale.ROOT)
                  + "\" is not allowed"));
      return;
    }
    WhmcsAnswer answer;
    int status = HttpServletResponse.SC_OK;
    try {
      answer = action.get().command().run(params, caller.get().caller());
    } catch (WhmcsException e) {
      answer = WhmcsAnswer.error(e.getMessage());
    } catch (BusinessException e) {
      answer = WhmcsAnswer.error(e.getMessage());
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE, "WHMCS API " + name + " failed unexpectedly, reference " + reference, e);
      answer =
          WhmcsAnswer.error(
              "Metalcart could not complete the request; the operators can find it under reference "
                  + reference);
      status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
    log(name, caller.get().identifier(), answer.succeeded() ? "success" : "error", started);
    write(response, json, name, status, answer);
  }

  /**
   * An API credential in {@code identifier} and {@code secret}, or (WHMCS's older form) in {@code
   * username} and {@code password}. A monitoring credential may not call this API. WHMCS's admin
   * username with an MD5 of the password is not accepted: staff passwords never open an API.
   */
  private ApiAuthenticationResult authenticate(WhmcsParams params, String address) {
    Optional<String> identifier = identifier(params);
    Optional<String> secret = params.text("secret").or(() -> params.text("password"));
    if (identifier.isEmpty() || secret.isEmpty()) {
      return new ApiAuthenticationResult.Refused();
    }
    return credentials.authenticate(identifier.get(), secret.get(), address);
  }

  /** The caller, when the credential was right and may call this API (a monitoring one may not). */
  private static Optional<Authenticated> authenticated(
      WhmcsParams params, ApiAuthenticationResult result) {
    if (result instanceof ApiAuthenticationResult.Authenticated ok
        && ok.role() != ApiRole.MONITORING) {
      return identifier(params).map(identifier -> new Authenticated(identifier, ok.role()));
    }
    return Optional.empty();
  }

  private static Optional<String> identifier(WhmcsParams params) {
    return params.text("identifier").or(() -> params.text("username"));
  }

  /** An API credential that presented the right secret, with the role it holds. */
  private record Authenticated(String identifier, ApiRole role) {

    Caller caller() {
      return new Caller(identifier, role.seesAll());
    }
  }

  /** {@code responsetype} read from the query string or the body without parsing the body twice. */
  private static boolean wantsJson(HttpServletRequest request) {
    try {
      String type = request.getParameter("responsetype");
      return type != null && type.trim().equalsIgnoreCase("json");
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static void write(
      HttpServletResponse response, boolean json, String action, int status, WhmcsAnswer answer)
      throws IOException {
    StringWriter body = new StringWriter();
    if (json) {
      WhmcsRendering.json(answer, body);
    } else {
      WhmcsRendering.xml(action == null ? null : action.toLowerCase(Locale.ROOT), answer, body);
    }
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(json ? "application/json" : "text/xml");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(body.toString());
  }

  private static void log(String action, String identifier, String result, long started) {
    if (LOG.isLoggable(Level.INFO)) {
      LOG.info(
          String.format(
              "WHMCS API %s by %s: %s (%d ms)",
              action.isEmpty() ? "(no action)" : action.replaceAll("[^A-Za-z0-9]", "?"),
              identifier.replaceAll("[\\p{Cntrl}]", "?"),
              result,
              (System.nanoTime() - started) / 1_000_000));
    }
  }
}
