package org.metalcart.dcimsim;

import java.time.Instant;

/**
 * An operation DCImanager runs on a server: an OS install, or a power action (on, off, reset). It
 * runs for a set time and then succeeds, or fails when it was made to; its state is worked out from
 * the clock when asked, so nothing runs in the background.
 */
final class Operation {

  static final String IN_PROGRESS = "in_progress";
  static final String OK = "ok";
  static final String FAILED = "failed";

  static final String INSTALL = "install";

  final long id;

  /** {@code install}, {@code power_on}, {@code power_off} or {@code power_reset}. */
  final String kind;

  final String template;
  final String recipe;
  final Instant started;
  final Instant completes;
  final boolean fails;

  Operation(
      long id,
      String kind,
      String template,
      String recipe,
      Instant started,
      Instant completes,
      boolean fails) {
    this.id = id;
    this.kind = kind;
    this.template = template;
    this.recipe = recipe;
    this.started = started;
    this.completes = completes;
    this.fails = fails;
  }

  String status(Instant now) {
    if (now.isBefore(completes)) {
      return IN_PROGRESS;
    }
    return fails ? FAILED : OK;
  }

  boolean running(Instant now) {
    return now.isBefore(completes);
  }

  /** Percent done, for DCImanager 6's {@code progress_info}. */
  int progress(Instant now) {
    long total = completes.toEpochMilli() - started.toEpochMilli();
    if (total <= 0 || !now.isBefore(completes)) {
      return 100;
    }
    return (int) (100 * (now.toEpochMilli() - started.toEpochMilli()) / total);
  }
}
