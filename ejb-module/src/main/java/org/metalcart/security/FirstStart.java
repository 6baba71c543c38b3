package org.metalcart.security;

import org.metalcart.shared.ConflictException;

/**
 * What an instance puts in place at start-up (the configured administrator credential and console
 * account) may be put in place by another instance at the same moment, when several start together
 * on a new database: the loser of that race finds the other's record on a second look. Each look
 * runs in a transaction of its own.
 */
final class FirstStart {

  private FirstStart() {}

  static void ensure(Runnable step) {
    try {
      step.run();
    } catch (ConflictException createdByAnotherInstance) {
      step.run();
    }
  }
}
