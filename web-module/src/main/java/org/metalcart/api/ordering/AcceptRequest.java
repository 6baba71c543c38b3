package org.metalcart.api.ordering;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** Accepting an order; "Run Module Create" is checked unless the admin unchecks it. */
@Schema(name = "AcceptRequest")
public class AcceptRequest extends JsonRequest {

  @Schema(defaultValue = "true")
  public Boolean runModuleCreate;
}
