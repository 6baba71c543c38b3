package org.metalcart.jobs;

/** Where a job run stands. */
public enum RunStatus {
  /** Recorded, the batch job not started yet. */
  STARTING,
  RUNNING,
  COMPLETED,
  /** Stopped before acting, with the reason (the safety threshold). */
  STOPPED,
  /** Ended by an error of its own (not of one service): it can be restarted where it stopped. */
  FAILED,
  /** Its instance stopped renewing its lease, and a later run of the job took over. */
  ABANDONED;

  public boolean isFinal() {
    return this != STARTING && this != RUNNING;
  }
}
