package org.metalcart.stock;

import org.metalcart.shared.ConflictException;

/** A plan that refuses to wait has no free server left for the order. */
public class OutOfStockException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public OutOfStockException(String message, String field) {
    super(message, field);
  }
}
