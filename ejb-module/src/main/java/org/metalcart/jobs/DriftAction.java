package org.metalcart.jobs;

/** What the reconcile run did about a finding. */
public enum DriftAction {
  /** Reported only: a person decides (a lost server, an unknown install). */
  REPORTED,
  /**
   * A dry run (the default), or a real one stopped by the safety threshold: it would be repaired.
   */
  WOULD_REPAIR,
  /** Repaired: the orphan server released, the stray address given back to its pool. */
  REPAIRED,
  /** The repair failed (DCImanager refused or was busy); the next run tries again. */
  REPAIR_FAILED;

  /** How it counts in the run's counts: acted, skipped, failed. */
  Outcome.Count count() {
    return switch (this) {
      case WOULD_REPAIR, REPAIRED -> Outcome.Count.ACTED;
      case REPORTED -> Outcome.Count.SKIPPED;
      case REPAIR_FAILED -> Outcome.Count.FAILED;
    };
  }

  boolean repairable() {
    return this == WOULD_REPAIR;
  }
}
