package org.metalcart.dcim;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach DCImanager: its base URL ({@code https://host:1500} for DCImanager 5, {@code
 * https://host/api} for DCImanager 6), the API version, the administrator's name (DCImanager 6:
 * email) and password, and the timeouts of every call. The password never appears in {@link
 * #toString()}.
 */
public record DcimSettings(
    URI url,
    ApiVersion version,
    String username,
    String password,
    Duration connectTimeout,
    Duration readTimeout) {

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
        + "]";
  }
}
