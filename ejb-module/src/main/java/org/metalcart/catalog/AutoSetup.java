package org.metalcart.catalog;

/** When provisioning of a newly ordered service starts by itself. */
public enum AutoSetup {
  /** As soon as the order is placed. */
  ON_ORDER,
  /** When the first invoice is paid: the default, as in the seed ("triggered upon payment"). */
  ON_PAYMENT,
  /** When an admin accepts the order. */
  ON_ACCEPT,
  /** Only when an admin runs the Create module command. */
  NEVER
}
