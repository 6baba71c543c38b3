package org.metalcart.jobs;

/** Ways DCImanager and Metalcart disagree about a server or an address (the reconcile job). */
public enum DriftKind {
  /** A server owned by an account Metalcart created, which no live service of Metalcart holds. */
  ORPHAN_SERVER,
  /**
   * A live service whose server DCImanager shows without an owner, owned by another, or not at all.
   */
  LOST_SERVER,
  /** An address Metalcart allocated from a pool that no server has (allocated, not attached). */
  STRAY_ADDRESS,
  /** A service with an install recorded that DCImanager does not know (DCImanager 6 only). */
  UNKNOWN_INSTALL
}
