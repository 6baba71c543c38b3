package org.metalcart.shared;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened in the business, fired as a CDI event inside the transaction that made it
 * happen: observers act in that transaction (or, with a transaction phase, after it), so what
 * happened and what follows from it commit together. Each capability defines its own events; the
 * event log ({@code org.metalcart.events}) keeps every one for the feed and the notifications.
 */
public interface DomainEvent {

  /** A stable name, such as {@code service.status_changed}: what consumers switch on. */
  String type();

  Instant occurredAt();

  /** What it is about: {@code order}, {@code invoice}, {@code service} or {@code job-run}. */
  String subject();

  long subjectId();

  /** The client it concerns; null when none (a job run). */
  Long clientId();

  /**
   * The API credential that owns the subject (the cart that placed the order), which may see the
   * event; null when only administrators may.
   */
  String visibleTo();

  /** The facts a consumer needs, as JSON-able values; never a secret. */
  Map<String, Object> data();
}
