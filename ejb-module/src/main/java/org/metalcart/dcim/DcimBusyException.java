package org.metalcart.dcim;

/**
 * DCImanager refused because an operation (an OS install, a power action, diagnostics) is running
 * on the server. Nothing was done; the same call succeeds once the operation has finished, so the
 * caller waits and tries again instead of failing the command.
 */
public class DcimBusyException extends DcimRefusedException {

  public DcimBusyException(String reason, String field, String message) {
    super(reason, field, message);
  }
}
