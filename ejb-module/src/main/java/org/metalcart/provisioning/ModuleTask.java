package org.metalcart.provisioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.metalcart.queue.QueuedWork;

/**
 * The module command running or waiting for one service: the persistent queue of provisioning and
 * the intent recorded before each DCImanager side effect. At most one per service. Whoever holds
 * the lease works on it; a task whose lease ran out (its worker or the whole server died) is due
 * again and is resumed at its step by the next worker that sees it, here or on another instance.
 */
@Entity
@Table(name = "module_task")
public class ModuleTask extends QueuedWork {

  @Id
  @Column(name = "service_id")
  private Long serviceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "command", nullable = false)
  private ModuleCommand command;

  /** For Create a {@link CreateStep}; for the other commands the command's name. */
  @Column(name = "step", nullable = false)
  private String step;

  /** The command's argument, such as the reason of a suspension. */
  @Column(name = "detail")
  private String detail;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  /** When this task asked DCImanager to install the OS: the 720 s count from here. */
  @Column(name = "install_started_at")
  private Instant installStartedAt;

  @Column(name = "base_ip_ids")
  private String baseIpIds;

  /**
   * Since when the command waits for an operation DCImanager runs on the server; the wait is
   * bounded from here.
   */
  @Column(name = "waiting_since")
  private Instant waitingSince;

  /** A renewal was paid while this block was on its way to DCImanager: unblock once it is done. */
  @Column(name = "then_renew", nullable = false)
  private boolean thenRenew;

  protected ModuleTask() {
    // for JPA
  }

  ModuleTask(
      long serviceId,
      ModuleCommand command,
      String step,
      String detail,
      String requestedBy,
      Instant now) {
    super(now);
    this.serviceId = serviceId;
    this.command = command;
    this.step = step;
    this.detail = detail;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  @Override
  public void extendLease(Instant now, Duration lease) {
    super.extendLease(now, lease);
    if (startedAt == null) {
      startedAt = now;
    }
  }

  void at(String step) {
    this.step = step;
  }

  void installStarted(Instant at) {
    this.installStartedAt = at;
  }

  void baseIps(List<String> ids) {
    this.baseIpIds = String.join(",", ids);
  }

  /** Since when the command waits for the server, counted from now if it did not wait yet. */
  Instant waitingSince(Instant now) {
    if (waitingSince == null) {
      waitingSince = now;
    }
    return waitingSince;
  }

  void doneWaiting() {
    waitingSince = null;
  }

  /**
   * Another command replaces this one (a cancelled order's Terminate replaces its Create). A worker
   * still running the old command loses the task at its next step, but a DCImanager call it has in
   * flight may still land: the new command becomes due only when the old lease has run out, so it
   * sees what that call did.
   */
  void replaceBy(ModuleCommand command, String detail, String requestedBy, Instant now) {
    this.command = command;
    this.step = command.name();
    this.detail = detail;
    this.requestedBy = requestedBy;
    this.requestedAt = now;
    this.installStartedAt = null;
    this.waitingSince = null;
    requeueAt(now);
  }

  /** A renewal was paid while this (block) command runs: Renew follows it. */
  void renewAfterwards() {
    thenRenew = true;
  }

  boolean renewsAfterwards() {
    return thenRenew;
  }

  /** {@code command} follows this one at once: this one's worker is done with DCImanager. */
  void followBy(ModuleCommand command, String requestedBy, Instant now) {
    replaceBy(command, null, requestedBy, now);
    releaseLease();
    thenRenew = false;
  }

  public long serviceId() {
    return serviceId;
  }

  public ModuleCommand command() {
    return command;
  }

  public String step() {
    return step;
  }

  public String detail() {
    return detail;
  }

  public String requestedBy() {
    return requestedBy;
  }

  /** When the command last began to run, null before its first try. */
  public Instant startedAt() {
    return startedAt;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant installStartedAt() {
    return installStartedAt;
  }

  public List<String> baseIpIds() {
    return baseIpIds == null || baseIpIds.isEmpty()
        ? List.of()
        : Arrays.asList(baseIpIds.split(","));
  }
}
