package org.metalcart.audit;

/**
 * What an entry records: a row inserted, changed or removed, or an action that changed no row of
 * Metalcart's own (a job started by hand).
 */
public enum AuditChange {
  CREATED,
  CHANGED,
  REMOVED,
  PERFORMED
}
