package org.metalcart.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: http or https URLs whose host resolves to public addresses only. Loopback,
 * private, link-local, unique-local and shared (CGNAT) addresses are refused unless the host or the
 * address is listed in {@code metalcart.webhooks.allowed-private-hosts}: a cart must not make
 * Metalcart call into the network it runs in. Checked when an endpoint is registered and again
 * before every attempt (the name may resolve elsewhere by then).
 */
@ApplicationScoped
public class Destinations {

  @Inject WebhookSettings settings;

  /** Why {@code url} may not receive webhooks now, or empty when it may. */
  public Optional<String> refusal(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a URL");
    }
    Optional<String> shape = shapeRefusal(uri);
    if (shape.isPresent()) {
      return shape;
    }
    String host = hostOf(uri);
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve: " + host);
    }
    return addressRefusal(host, List.of(addresses), settings.allowedPrivateHosts());
  }

  /** The URL's form: http(s), a host, no user info, no fragment. */
  static Optional<String> shapeRefusal(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("must be an http or https URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("must name a host");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not carry a user name or password");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("must not have a fragment");
    }
    return Optional.empty();
  }

  static String hostOf(URI uri) {
    String host = uri.getHost();
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /**
   * Refused when one of the host's addresses is not public and neither it nor the host is allowed.
   */
  static Optional<String> addressRefusal(
      String host, List<InetAddress> addresses, List<String> allowed) {
    if (allowed.stream().anyMatch(a -> a.equalsIgnoreCase(host))) {
      return Optional.empty();
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address) && !allowed.contains(address.getHostAddress())) {
        return Optional.of(
            "resolves to "
                + address.getHostAddress()
                + ", a loopback or private address (metalcart.webhooks.allowed-private-hosts"
                + " allows one)");
      }
    }
    return Optional.empty();
  }

  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc; // fc00::/7, unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first != 0 // 0.0.0.0/8
        && !(first == 100 && second >= 64 && second <= 127) // 100.64.0.0/10, shared (CGNAT)
        && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24
        && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15, benchmarking
        && first < 240; // reserved, broadcast
  }
}
