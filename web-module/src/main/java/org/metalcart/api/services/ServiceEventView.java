package org.metalcart.api.services;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.services.ServiceEvent;

/** One change of a service: a status it entered, an error, or an admin's edit. */
@Schema(
    name = "ServiceEvent",
    requiredProperties = {"at", "actor", "what"})
public class ServiceEventView {

  public Instant at;
  public String actor;
  public String what;
  public String detail;

  static ServiceEventView of(ServiceEvent event) {
    ServiceEventView view = new ServiceEventView();
    view.at = event.at();
    view.actor = event.actor();
    view.what = event.what();
    view.detail = event.detail();
    return view;
  }
}
