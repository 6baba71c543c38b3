package org.metalcart.provisioning;

import java.util.List;

/**
 * What DCImanager offers a tariff plan, read live: the names its Package Name can match
 * (Configurations and Server Types), its OS templates and its address pools. {@code addressPools}
 * is null when the DCImanager generation has no call that lists them (DCImanager 5): the pool is
 * then named by hand.
 */
public record PlanChoices(
    List<String> packageNames, List<String> osTemplates, List<String> addressPools) {

  public boolean poolsListed() {
    return addressPools != null;
  }
}
