package org.metalcart.provisioning;

import jakarta.ejb.ApplicationException;

/**
 * The worker no longer holds its task: its lease ran out and another worker took over, or the task
 * was replaced (a cancelled order's Terminate replaced its Create). The worker stops without
 * touching the service.
 */
// Passed through the container as it is (and rolling back what the worker was recording).
@ApplicationException(rollback = true)
public class LeaseLostException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LeaseLostException(long serviceId) {
    super("the task of service " + serviceId + " is no longer this worker's");
  }
}
