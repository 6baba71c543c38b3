package org.metalcart.provisioning;

/** How a run of a module command ended, for whoever waits for its result (an admin, a job). */
public record CommandOutcome(Kind kind, String message) {

  public enum Kind {
    /** The command is done, or (Create) waits for the OS install. */
    DONE,
    /** DCImanager was unavailable; another attempt is scheduled. */
    RETRYING,
    /** DCImanager runs an operation on the server; the command goes on when it has finished. */
    WAITING,
    FAILED
  }
}
