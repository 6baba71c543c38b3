package org.metalcart.billing;

/** What an invoice charges for: paying each has different effects. */
public enum InvoiceKind {
  /** The first period of an order plus setup fees: paying it starts provisioning. */
  FIRST,
  /** A renewal period of a service: paying it extends the service. */
  RENEWAL
}
