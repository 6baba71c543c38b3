package org.metalcart.dcim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link DcimSettings} from MicroProfile Config ({@code metalcart.dcim.*}). */
@ApplicationScoped
public class DcimConfiguration {

  @Inject
  @ConfigProperty(name = "metalcart.dcim.url", defaultValue = "http://127.0.0.1:1500")
  String url;

  @Inject
  @ConfigProperty(name = "metalcart.dcim.api-version", defaultValue = "v6")
  String version;

  @Inject
  @ConfigProperty(name = "metalcart.dcim.username", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "metalcart.dcim.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "metalcart.dcim.connect-timeout-ms", defaultValue = "5000")
  long connectTimeoutMillis;

  @Inject
  @ConfigProperty(name = "metalcart.dcim.read-timeout-ms", defaultValue = "30000")
  long readTimeoutMillis;

  /**
   * Where clients' browsers reach DCImanager's panel, when that is not the API's address (an API
   * reached on an internal network, say): the panel login links point there.
   */
  @Inject
  @ConfigProperty(name = "metalcart.dcim.panel-url")
  Optional<String> panelUrl;

  /** Dependent: a record cannot be proxied; the application-scoped gateway reads it once. */
  @Produces
  DcimSettings settings() {
    DcimSettings.ApiVersion apiVersion;
    try {
      apiVersion = DcimSettings.ApiVersion.valueOf(version.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "metalcart.dcim.api-version must be v5 or v6, not '" + version + "'", e);
    }
    return new DcimSettings(
        URI.create(url.endsWith("/") ? url : url + "/"),
        apiVersion,
        username,
        password.orElseThrow(
            () ->
                new IllegalStateException(
                    "metalcart.dcim.password (METALCART_DCIM_PASSWORD) is not configured")),
        Duration.ofMillis(connectTimeoutMillis),
        Duration.ofMillis(readTimeoutMillis),
        panelUrl.filter(u -> !u.isBlank()).map(URI::create).orElse(null));
  }
}
