package org.metalcart.shared;

/**
 * A value the domain rejects that simple field constraints cannot express, such as two prices for
 * the same billing cycle. Reported like any other validation error, naming the field.
 */
public class InvalidInputException extends BusinessException {

  public InvalidInputException(String field, String message) {
    super(message, field);
  }
}
