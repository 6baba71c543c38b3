package org.metalcart.dcim;

/**
 * DCImanager could not take the call: it answered 503 (waking up), or the connection was refused.
 * Nothing happened on its side, so the call may be repeated.
 */
public class DcimUnavailableException extends DcimException {

  public DcimUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
