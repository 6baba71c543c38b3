package org.metalcart.queue;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * What every piece of queued work has: when it is due, who works on it (the lease), how many
 * attempts failed. A worker holds the lease while it works and extends it at each step it records;
 * a lease that runs out makes the work due again for anyone.
 */
@MappedSuperclass
public abstract class QueuedWork {

  static final String QUEUED = "QUEUED";

  static final String RUNNING = "RUNNING";

  /** Done for good, kept as a record (an e-mail sent): never due again. */
  static final String DONE = "DONE";

  /**
   * QUEUED (due at nextRunAt), RUNNING (a worker holds the lease) or DONE (kept as a record; work
   * that leaves no record is deleted instead).
   */
  @Column(name = "state", nullable = false)
  protected String state = QUEUED;

  @Column(name = "next_run_at", nullable = false)
  protected Instant nextRunAt;

  @Column(name = "lease_holder")
  protected String leaseHolder;

  @Column(name = "lease_until")
  protected Instant leaseUntil;

  /** Attempts that failed in a way worth another try. */
  @Column(name = "attempts", nullable = false)
  protected int attempts;

  @Version
  @Column(name = "version", nullable = false)
  protected long version;

  protected QueuedWork() {
    // for JPA
  }

  protected QueuedWork(Instant due) {
    this.nextRunAt = due;
  }

  public boolean heldBy(String holder, Instant now) {
    return holder.equals(leaseHolder) && leaseUntil != null && leaseUntil.isAfter(now);
  }

  /** Takes the lease for {@code holder} (work run at once by whoever queued it). */
  public void lease(String holder, Instant now, Duration lease) {
    this.leaseHolder = holder;
    this.state = RUNNING;
    extendLease(now, lease);
  }

  public void extendLease(Instant now, Duration lease) {
    leaseUntil = now.plus(lease);
  }

  /** Gives the work back to the queue, due at {@code when}. */
  public void reschedule(Instant when) {
    nextRunAt = when;
    leaseHolder = null;
    leaseUntil = null;
    state = QUEUED;
  }

  /**
   * The work starts over, due at {@code now}, with no failed attempts. A worker still holding it
   * loses it; a lease that has not run out yet keeps others away until it does, so that whatever
   * the old worker has in flight lands before the work starts again.
   */
  protected void requeueAt(Instant now) {
    attempts = 0;
    nextRunAt = now;
    leaseHolder = null;
    state = QUEUED;
    if (leaseUntil != null && !leaseUntil.isAfter(now)) {
      leaseUntil = null;
    }
  }

  /** Nobody holds the work any more; it is due as it was scheduled. */
  protected void releaseLease() {
    leaseHolder = null;
    leaseUntil = null;
  }

  /** The work is over and stays as a record, no longer due. */
  protected void finished() {
    leaseHolder = null;
    leaseUntil = null;
    state = DONE;
  }

  /** Counts a failed attempt; returns its number (1 for the first). */
  public int failedAttempt() {
    return ++attempts;
  }

  public String state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextRunAt() {
    return nextRunAt;
  }
}
