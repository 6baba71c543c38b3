package org.metalcart.console.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.metalcart.security.StaffMember;

/**
 * The signed-in member of staff, kept in the HTTP session (besides the pages' view state), or,
 * between the password and the code of a two-factor sign-in, who owes the code.
 */
public final class StaffSession {

  private static final String ATTRIBUTE = StaffSession.class.getName();

  private static final String PENDING = StaffSession.class.getName() + ".pending";

  /**
   * A password that was right for an account with two-factor sign-in: who it was and when. Not a
   * sign-in: it opens no page, only the code page, for {@link #PENDING_FOR}.
   */
  record Pending(String username, Instant since) implements Serializable {}

  /** How long the code page waits for the code after the password. */
  static final Duration PENDING_FOR = Duration.ofMinutes(5);

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
    session.removeAttribute(PENDING);
    session.setAttribute(ATTRIBUTE, member);
  }

  /**
   * The password was right; a code must follow. A new session id, as for a sign-in, so that an id
   * planted before the password is worthless after it.
   */
  static void awaitSecondFactor(HttpServletRequest request, String username, Instant now) {
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    session.removeAttribute(ATTRIBUTE);
    session.setAttribute(PENDING, new Pending(username, now));
  }

  /** Who typed the right password and owes a code, if that was less than five minutes ago. */
  static Optional<String> pendingSecondFactor(HttpServletRequest request, Instant now) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
      return Optional.empty();
    }
    if (pending.since().plus(PENDING_FOR).isBefore(now)) {
      session.removeAttribute(PENDING);
      return Optional.empty();
    }
    return Optional.of(pending.username());
  }

  /**
   * Puts the member as the account is now into the session, after a change the member made
   * themselves (turning on two-factor sign-in ends their other sessions, not this one).
   */
  public static void renew(HttpServletRequest request, StaffMember member) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(ATTRIBUTE) != null) {
      request.changeSessionId();
      session.setAttribute(ATTRIBUTE, member);
    }
  }

  /** Signs out: the session and everything in it are gone. */
  public static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
