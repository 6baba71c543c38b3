package org.metalcart.dcim;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach DCImanager: its base URL ({@code https://host:1500} for DCImanager 5, {@code
 * https://host/api} for DCImanager 6), the API version, the administrator's name (DCImanager 6:
 * email) and password, the timeouts of every call, and where clients' browsers reach the panel. The
 * password never appears in {@link #toString()}.
 */
public record DcimSettings(
    URI url,
    ApiVersion version,
    String username,
    String password,
    Duration connectTimeout,
    Duration readTimeout,
    URI panelUrl) {

  /** Without a panel address of its own: the panel is where the API is. */
  public DcimSettings(
      URI url,
      ApiVersion version,
      String username,
      String password,
      Duration connectTimeout,
      Duration readTimeout) {
    this(url, version, username, password, connectTimeout, readTimeout, null);
  }

  /**
   * Where a client's browser reaches DCImanager's own panel ({@code metalcart.dcim.panel-url}),
   * without a trailing slash: by default the API's address without DCImanager 6's {@code /api}.
   */
  public String panelBase() {
    String base = (panelUrl != null ? panelUrl : url).toString();
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    if (panelUrl == null && base.endsWith("/api")) {
      base = base.substring(0, base.length() - "/api".length());
    }
    return base;
  }

  /** The two API generations. */
  public enum ApiVersion {
    V5,
    V6
  }

  @Override
  public String toString() {
    return "DcimSettings[url="
        + url
        + ", version="
        + version
        + ", username="
        + username
        + ", password=***, connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", panelUrl="
        + panelUrl
        + "]";
  }
}
