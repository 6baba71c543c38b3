package org.metalcart.dcim;

import java.net.URI;
import java.time.Duration;

/**
 * A one-time link that signs a DCImanager account in to DCImanager's own panel, and how long it is
 * valid. The link is a secret (whoever opens it first is signed in): never logged.
 */
public record PanelLogin(URI link, Duration validFor) {

  @Override
  public String toString() {
    return "PanelLogin[link=***, validFor=" + validFor + "]";
  }
}
