package org.metalcart.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.metalcart.security.StaffMember;

/**
 * The signed-in member of staff, kept in the HTTP session: the only thing the console keeps there.
 */
public final class StaffSession {

  private static final String ATTRIBUTE = StaffSession.class.getName();

  private StaffSession() {}

  public static Optional<StaffMember> member(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((StaffMember) session.getAttribute(ATTRIBUTE));
  }

  /**
   * Signs the member in on this session. The session id changes, so an id an attacker planted in
   * the browser before the sign-in is worthless after it (session fixation).
   */
  static void start(HttpServletRequest request, StaffMember member, Duration idleTimeout) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.setMaxInactiveInterval((int) Math.max(1, idleTimeout.toSeconds()));
    session.setAttribute(ATTRIBUTE, member);
  }

  /** Signs out: the session and everything in it are gone. */
  public static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
