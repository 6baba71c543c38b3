package org.metalcart.console.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.security.SignInOutcome;
import org.metalcart.security.StaffAccounts;
import org.metalcart.security.StaffMember;
import org.metalcart.web.security.WebPaths;

/**
 * The console's form sign-in. The sign-in page asks Jakarta Security to authenticate a username and
 * password ({@link SignIn}); when they are right, the member of staff is kept in the HTTP session,
 * under a new session id, and every later request of that session is theirs until they sign out or
 * the session times out. A protected page without a signed-in session sends the browser to the
 * sign-in page, which brings it back afterwards.
 */
@ApplicationScoped
public class StaffAuthentication {

  public static final String SIGN_IN_PAGE = "/sign-in.xhtml";

  /** The second step of a two-factor sign-in: the code. */
  public static final String CODE_PAGE = "/sign-in-code.xhtml";

  @Inject Clock clock;

  @Inject StaffAccounts accounts;

  /** How long a signed-in session may sit idle (ISO-8601, e.g. PT30M); then a sign-in again. */
  @Inject
  @ConfigProperty(name = "metalcart.console.session-timeout", defaultValue = "PT30M")
  Duration sessionTimeout;

  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (context.isAuthenticationRequest()) {
      Credential credential = context.getAuthParameters().getCredential();
      if (credential instanceof UsernamePasswordCredential given) {
        return signIn(request, context, given);
      }
      if (credential instanceof SecondFactorCredential given) {
        return secondFactor(request, context, given);
      }
    }
    Optional<StaffMember> signedIn = StaffSession.member(request);
    if (signedIn.isPresent() && !stillValid(signedIn.get())) {
      // The account was removed, or its role or password changed since this sign-in: its sessions
      // end now, not when they time out.
      StaffSession.end(request);
      signedIn = Optional.empty();
    }
    if (signedIn.isPresent()) {
      return login(context, signedIn.get());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    return toSignInPage(request, response);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential given) {
    SignInOutcome outcome = accounts.signIn(given.getCaller(), given.getPasswordAsString());
    if (outcome instanceof SignInOutcome.SignedIn signedIn) {
      StaffSession.start(request, signedIn.member(), sessionTimeout);
      return login(context, signedIn.member());
    }
    if (outcome instanceof SignInOutcome.CodeNeeded needed) {
      // Not signed in yet: the sign-in form sends the browser on to the code page.
      StaffSession.awaitSecondFactor(request, needed.username(), clock.instant());
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The code of a two-factor sign-in, for the username whose password was right just before. */
  private AuthenticationStatus secondFactor(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCredential given) {
    Optional<String> pending = StaffSession.pendingSecondFactor(request, clock.instant());
    if (pending.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    Optional<StaffMember> member = accounts.secondFactor(pending.get(), given.code());
    if (member.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    StaffSession.start(request, member.get(), sessionTimeout);
    return login(context, member.get());
  }

  private boolean stillValid(StaffMember session) {
    return accounts.current(session.username()).map(session::stillValid).orElse(false);
  }

  /** Every member of staff holds "staff" (the console's door) and the role of their account. */
  private static AuthenticationStatus login(HttpMessageContext context, StaffMember member) {
    return context.notifyContainerAboutLogin(
        member.username(), Set.of(StaffMember.ROLE, member.role().roleName()));
  }

  /**
   * Sends the browser to the sign-in page. An Ajax request (the service page's progress) gets a
   * Faces partial response that tells the page to go there, since a plain redirect would only be
   * followed by the script that asked.
   */
  private static AuthenticationStatus toSignInPage(
      HttpServletRequest request, HttpServletResponse response) {
    String target = request.getContextPath() + SIGN_IN_PAGE;
    if ("GET".equals(request.getMethod())) {
      String back = WebPaths.path(request);
      if (request.getQueryString() != null) {
        back += "?" + request.getQueryString();
      }
      target += "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;")
                    + "\"/></partial-response>");
        response.flushBuffer();
      } else {
        response.sendRedirect(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
