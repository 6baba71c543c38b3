package org.metalcart.audit;

import java.time.Instant;

/**
 * What to look for in the audit trail; every criterion is optional and those given must all hold.
 * {@code action} matches a part of the action's name (case-insensitive); {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record AuditSearch(
    String actor,
    Channel channel,
    String subject,
    String subjectId,
    String action,
    AuditChange change,
    String requestId,
    Instant from,
    Instant to) {

  public static AuditSearch everything() {
    return new AuditSearch(null, null, null, null, null, null, null, null, null);
  }
}
