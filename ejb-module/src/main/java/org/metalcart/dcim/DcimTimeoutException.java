package org.metalcart.dcim;

/**
 * DCImanager did not answer in time. It may or may not have done what was asked, so the call is not
 * repeated blindly: the caller must find out (read the state) before acting again.
 */
public class DcimTimeoutException extends DcimException {

  public DcimTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
