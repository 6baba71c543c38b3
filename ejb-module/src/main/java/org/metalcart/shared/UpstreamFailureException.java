package org.metalcart.shared;

/**
 * DCImanager refused a module command or failed to carry it out. Nothing changed in Metalcart but
 * the service's last error and its module log, which say why.
 */
public class UpstreamFailureException extends BusinessException {

  public UpstreamFailureException(String message) {
    super(message, null);
  }
}
