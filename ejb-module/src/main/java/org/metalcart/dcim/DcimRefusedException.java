package org.metalcart.dcim;

/**
 * DCImanager answered and refused: bad credentials, an unknown object, a bad value, a server owned
 * by someone else, an exhausted pool. Repeating the same call gives the same answer.
 */
public class DcimRefusedException extends DcimException {

  private final String reason;
  private final String field;

  public DcimRefusedException(String reason, String field, String message) {
    super(message, null);
    this.reason = reason;
    this.field = field;
  }

  /**
   * DCImanager's own word for the refusal (DCImanager 5 error type, DCImanager 6 code or status).
   */
  public String reason() {
    return reason;
  }

  /** The field DCImanager named, if any. */
  public String field() {
    return field;
  }

  public boolean isAuthentication() {
    return "auth".equals(reason) || "401".equals(reason);
  }
}
