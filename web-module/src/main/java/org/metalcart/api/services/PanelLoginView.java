package org.metalcart.api.services;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.dcim.PanelLogin;

/** A one-time link into DCImanager's own panel, signed in as the service's account. */
@Schema(
    name = "PanelLogin",
    requiredProperties = {"url", "validForSeconds"})
public class PanelLoginView {

  @Schema(
      description =
          "Opened once in the client's browser, it signs the account in to DCImanager's panel."
              + " A secret: hand it to the client only, never store or log it",
      format = "uri")
  public String url;

  @Schema(description = "How long DCImanager accepts the link (it works once)")
  public long validForSeconds;

  static PanelLoginView of(PanelLogin login) {
    PanelLoginView view = new PanelLoginView();
    view.url = login.link().toString();
    view.validForSeconds = login.validFor().toSeconds();
    return view;
  }
}
