package org.metalcart.catalog;

/** What a plan does with a new order when DCImanager has no free server for it. */
public enum StockPolicy {
  /** The order is accepted; its service waits Pending until a server is free (WHMCS's way). */
  WAIT,
  /**
   * The order is refused with an out-of-stock problem: nothing is sold that cannot be delivered.
   */
  REFUSE
}
