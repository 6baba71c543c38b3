package org.metalcart.ordering;

import org.metalcart.catalog.BillingCycle;

/** One server ordered: the plan, the cycle, the hostname (null: the plan's template), password. */
public record NewOrderItem(
    long productId, BillingCycle billingCycle, String hostname, String password) {

  @Override
  public String toString() {
    return "NewOrderItem[productId="
        + productId
        + ", billingCycle="
        + billingCycle
        + ", hostname="
        + hostname
        + ", password=***]";
  }
}
