package org.metalcart.dcim;

import java.util.Locale;

/** IPv4 or IPv6, in DCImanager's spelling. */
public enum IpFamily {
  IPV4,
  IPV6;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static IpFamily ofWireName(String name) {
    return name == null ? IPV4 : valueOf(name.toUpperCase(Locale.ROOT));
  }
}
