package org.metalcart.security;

/** Whether an API credential opens the API now. */
public enum CredentialStatus {
  ACTIVE,
  /** Its expiry has passed. */
  EXPIRED,
  /** An administrator revoked it. */
  REVOKED
}
