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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.metalcart.security.StaffAccounts;

/** The sign-in form. */
@Named
@RequestScoped
public class SignIn {

  static final String HOME = "/console/index.xhtml";

  private static final int TOO_MANY_REQUESTS = 429;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject ExternalContext external;

  @Inject StaffAccounts accounts;

  @Inject Clock clock;

  private String username;

  private String password;

  /** Where to go afterwards: the page that sent the browser here. */
  private String next;

  /** An operator who is signed in already goes straight on. */
  public void skipWhenSignedIn() throws IOException {
    if (StaffSession.member(request()).isPresent()) {
      external.redirect(external.getRequestContextPath() + safeNext());
    }
  }

  public String submit() throws IOException {
    Optional<Duration> held = accounts.heldFor(username);
    if (held.isPresent()) {
      password = null;
      refuseHeld(faces, held.get());
      return null;
    }
    AuthenticationStatus status =
        security.authenticate(
            request(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username, new Password(orEmpty(password)))));
    password = null;
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
      case SEND_CONTINUE -> {
        if (StaffSession.pendingSecondFactor(request(), clock.instant()).isPresent()) {
          external.redirect(
              external.getRequestContextPath()
                  + StaffAuthentication.CODE_PAGE
                  + "?next="
                  + URLEncoder.encode(safeNext(), StandardCharsets.UTF_8));
        } else {
          faces.responseComplete();
        }
      }
      default -> {
        external.setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, "The username or the password is wrong.", null));
      }
    }
    return null;
  }

  /** 429 with Retry-After: the username is held after repeated failures (passwords or codes). */
  static void refuseHeld(FacesContext faces, Duration held) {
    long seconds = Math.max(1, held.toSeconds());
    faces.getExternalContext().setResponseStatus(TOO_MANY_REQUESTS);
    faces.getExternalContext().setResponseHeader("Retry-After", Long.toString(seconds));
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            "Too many failed sign-ins with this username. Try again in " + seconds + " seconds.",
            null));
  }

  /**
   * The page to return to, if it is a console page of this application: never another site, so a
   * link to the sign-in page cannot send an operator elsewhere after signing in (open redirect).
   */
  String safeNext() {
    return safe(next);
  }

  static String safe(String next) {
    if (next != null
        && next.startsWith("/console/")
        && !next.contains("//")
        && !next.contains("\\")
        && next.chars().noneMatch(Character::isISOControl)) {
      return next;
    }
    return HOME;
  }

  private HttpServletRequest request() {
    return (HttpServletRequest) external.getRequest();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
