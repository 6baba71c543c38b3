package org.metalcart.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The request being served on this thread, as the audit trail names it: when, from which address,
 * through which door, by whom and to do what. Opened by the web layer around every request and
 * closed when it ends; the EJBs a request calls run on its thread, so the changes they flush are
 * found here. Work on other threads (provisioning workers, nightly jobs, timers) has no scope: the
 * system's own work is not a member of staff's action.
 *
 * <p>Nothing is recorded until {@link #identify} names the actor: a request nobody signed is not an
 * action of staff or of an API credential.
 */
public final class AuditScope implements AutoCloseable {

  private static final ThreadLocal<AuditScope> CURRENT = new ThreadLocal<>();

  private final String requestId = UUID.randomUUID().toString();
  private final Instant at;
  private final Channel channel;
  private final String address;
  private final String request;
  private String action;
  private String actor;
  private ActorKind actorKind;
  private String role;

  private AuditScope(Instant at, Channel channel, String address, String request) {
    this.at = Objects.requireNonNull(at);
    this.channel = Objects.requireNonNull(channel);
    this.address = address == null ? "unknown" : address;
    this.request = AuditValues.clip(request, 500);
    this.action = this.request;
  }

  /**
   * Opens the scope of the request on this thread: {@code request} is its method and path (the
   * action, until {@link #describe} names it better). It replaces any scope left open on the
   * thread, which a request that ended without closing its own would otherwise hand to the next.
   */
  public static AuditScope begin(Instant at, Channel channel, String address, String request) {
    AuditScope scope = new AuditScope(at, channel, address, request);
    CURRENT.set(scope);
    return scope;
  }

  /** The scope of the request on this thread, if any. */
  public static Optional<AuditScope> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The scope of this thread's request once its actor is known: the changes to record. */
  static Optional<AuditScope> recording() {
    AuditScope scope = CURRENT.get();
    return scope != null && scope.actor != null ? Optional.of(scope) : Optional.empty();
  }

  /** Names who acts: a member of staff's username or an API credential's identifier, and role. */
  public void identify(String actor, ActorKind kind, String role) {
    this.actor = AuditValues.clip(Objects.requireNonNull(actor), 100);
    this.actorKind = Objects.requireNonNull(kind);
    this.role = role;
  }

  /** Names what the request does, as its door calls it (an API operation, a WHMCS action). */
  public void describe(String action) {
    this.action = AuditValues.clip(Objects.requireNonNull(action), 200);
  }

  public String requestId() {
    return requestId;
  }

  public Instant at() {
    return at;
  }

  public Channel channel() {
    return channel;
  }

  public String address() {
    return address;
  }

  public String request() {
    return request;
  }

  public String action() {
    return action;
  }

  public String actor() {
    return actor;
  }

  public ActorKind actorKind() {
    return actorKind;
  }

  public String role() {
    return role;
  }

  public boolean identified() {
    return actor != null;
  }

  /** Ends the scope on this thread. */
  @Override
  public void close() {
    if (CURRENT.get() == this) {
      CURRENT.remove();
    }
  }
}
