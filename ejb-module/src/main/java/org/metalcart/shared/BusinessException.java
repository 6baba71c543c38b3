package org.metalcart.shared;

import jakarta.ejb.ApplicationException;

/**
 * An expected business failure. It rolls the transaction back, so a rejected request changes
 * nothing, and it is passed to the caller as it is instead of being wrapped in an EJBException. The
 * subclasses say what kind of failure it is; the API maps each kind to its problem type.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

  private final String field;

  protected BusinessException(String message, String field) {
    super(message);
    this.field = field;
  }

  /** The request field the failure is about, or null when it is about the request as a whole. */
  public String field() {
    return field;
  }
}
