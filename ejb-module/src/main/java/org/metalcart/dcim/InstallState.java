package org.metalcart.dcim;

/** Where a server's OS install stands. */
public enum InstallState {
  /** No install was started (or DCImanager no longer remembers one). */
  NONE,
  IN_PROGRESS,
  COMPLETED,
  FAILED
}
