package org.metalcart.services;

/** Where a sold server stands. */
public enum ServiceStatus {
  /** Awaiting provisioning, being provisioned, or provisioning failed (then lastError says why). */
  PENDING,
  ACTIVE,
  /** Blocked in DCImanager, for OVERDUE or an admin's reason. */
  SUSPENDED,
  /** The server went back to the free pool. */
  TERMINATED,
  /** The order was cancelled before a server was provisioned. */
  CANCELLED,
  FRAUD;

  /** A status a service never leaves. */
  public boolean isFinal() {
    return this == TERMINATED || this == CANCELLED || this == FRAUD;
  }
}
