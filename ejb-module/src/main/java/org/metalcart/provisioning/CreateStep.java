package org.metalcart.provisioning;

/**
 * The steps of Create, in order. A task records the step it is at before it acts, so that after a
 * crash it resumes there; every step can be repeated without doing its effect twice.
 */
public enum CreateStep {
  /** Reuse or create the client's DCImanager account. */
  ACCOUNT,
  /** Find a free server of the plan's configuration, claim it, give it to the account. */
  SERVER,
  /** Allocate the ordered addresses from the pool to the server. */
  ADDRESSES,
  HOSTNAME,
  /** Start the OS install. */
  INSTALL,
  /** Wait until the install completed (unless the plan does not wait). */
  AWAIT_INSTALL
}
