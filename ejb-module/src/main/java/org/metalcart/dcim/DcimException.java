package org.metalcart.dcim;

/** A failure talking to DCImanager. The subclasses say whether a retry is safe. */
public abstract class DcimException extends RuntimeException {

  protected DcimException(String message, Throwable cause) {
    super(message, cause);
  }
}
