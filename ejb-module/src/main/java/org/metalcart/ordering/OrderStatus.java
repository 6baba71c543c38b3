package org.metalcart.ordering;

/** Where an order stands. */
public enum OrderStatus {
  PENDING,
  /** Accepted by an admin, or by the payment of its invoice. */
  ACTIVE,
  CANCELLED,
  FRAUD
}
