package org.metalcart.ordering;

/** Where an order stands (product.md §3). */
public enum OrderStatus {
  PENDING,
  /** Accepted by an admin, or by the payment of its invoice. */
  ACTIVE,
  CANCELLED,
  FRAUD
}
