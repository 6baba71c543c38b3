package org.metalcart.dcim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.metalcart.dcim.v5.Dci5Gateway;
import org.metalcart.dcim.v6.Dci6Gateway;

/**
 * Makes the {@link DcimGateway} the rest of Metalcart injects: the adapter of the configured API
 * version on the resilient exchange. Every call also has the HTTP connect and read timeouts of
 * {@link DcimSettings}.
 */
@ApplicationScoped
public class DcimGateways {

  @Produces
  @ApplicationScoped
  DcimGateway gateway(DcimSettings settings, ResilientDcimExchange exchange) {
    return adapterFor(settings, exchange);
  }

  /** The adapter of the settings' API version, on {@code exchange}. */
  public static DcimGateway adapterFor(DcimSettings settings, DcimExchange exchange) {
    return settings.version() == DcimSettings.ApiVersion.V5
        ? new Dci5Gateway(settings, exchange)
        : new Dci6Gateway(settings, exchange);
  }
}
