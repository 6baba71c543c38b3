package org.metalcart.shared;

/** The request would duplicate something that must be unique, such as a client's username. */
public class ConflictException extends BusinessException {

  public ConflictException(String message, String field) {
    super(message, field);
  }
}
