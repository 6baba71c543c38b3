package org.metalcart.api.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.provisioning.PlanChoices;

/** What DCImanager offers a plan's module settings, read live. */
@Schema(name = "PlanChoices")
public class PlanChoicesView {

  @Schema(
      required = true,
      description = "Configurations and Server Types: the values a plan's packageName can match")
  public List<String> packageNames;

  @Schema(required = true, description = "The OS templates' names")
  public List<String> osTemplates;

  @Schema(
      description =
          "The address pools' names; absent when DCImanager has no call that lists them"
              + " (DCImanager 5): the pool is then named by hand")
  public List<String> addressPools;

  static PlanChoicesView of(PlanChoices choices) {
    PlanChoicesView view = new PlanChoicesView();
    view.packageNames = choices.packageNames();
    view.osTemplates = choices.osTemplates();
    view.addressPools = choices.addressPools();
    return view;
  }
}
