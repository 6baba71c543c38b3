package org.metalcart.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.metalcart.security.StaffAccounts;

/**
 * The second step of a two-factor sign-in: the 6-digit code of the authenticator app, or a recovery
 * code. Only reachable within five minutes of the right password; wrong codes count with wrong
 * passwords ({@code SignInThrottle}).
 */
@Named
@RequestScoped
public class SecondFactorSignIn {

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject ExternalContext external;

  @Inject StaffAccounts accounts;

  @Inject Clock clock;

  private String code;

  private String next;

  /** Without a right password just before, this page has nothing to do: back to the sign-in. */
  public void requirePassword() throws IOException {
    if (pending().isEmpty()) {
      external.redirect(external.getRequestContextPath() + StaffAuthentication.SIGN_IN_PAGE);
    }
  }

  public String submit() throws IOException {
    Optional<String> username = pending();
    if (username.isEmpty()) {
      code = null;
      external.redirect(external.getRequestContextPath() + StaffAuthentication.SIGN_IN_PAGE);
      return null;
    }
    Optional<Duration> held = accounts.heldFor(username.get());
    if (held.isPresent()) {
      code = null;
      SignIn.refuseHeld(faces, held.get());
      return null;
    }
    AuthenticationStatus status =
        security.authenticate(
            request(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new SecondFactorCredential(code == null ? "" : code)));
    code = null;
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + SignIn.safe(next));
    } else {
      external.setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "The code is wrong or was used already. Type the code the app shows now.",
              null));
    }
    return null;
  }

  private Optional<String> pending() {
    return StaffSession.pendingSecondFactor(request(), clock.instant());
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) external.getRequest();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
