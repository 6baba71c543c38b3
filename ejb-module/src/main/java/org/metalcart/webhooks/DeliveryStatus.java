package org.metalcart.webhooks;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
  /** Waiting for its first attempt, or for the next one after a failure. */
  PENDING,
  /** The endpoint answered 2xx. */
  DELIVERED,
  /** Every attempt failed; redeliver on demand. */
  FAILED
}
