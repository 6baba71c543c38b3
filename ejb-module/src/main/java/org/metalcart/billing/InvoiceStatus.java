package org.metalcart.billing;

/** Where an invoice stands. */
public enum InvoiceStatus {
  UNPAID,
  PAID,
  CANCELLED
}
