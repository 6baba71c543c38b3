package org.metalcart.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.metalcart.shared.InvalidInputException;

/**
 * The client addresses an API credential may be used from: single addresses and networks in CIDR
 * notation, IPv4 and IPv6 ({@code 203.0.113.0/24}, {@code 2001:db8::/32}, {@code 198.51.100.7}).
 * Written as literal addresses only: a host name would make every check a DNS lookup.
 */
public final class AllowedAddresses {

  /** Digits, hex, dots and colons, and an optional prefix length: never a host name. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f.:]+(/\\d{1,3})?");

  private record Network(byte[] address, int prefix) {

    boolean contains(byte[] other) {
      if (other.length != address.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != other[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (other[full] & mask);
    }
  }

  private final List<String> entries;

  private final List<Network> networks;

  private AllowedAddresses(List<String> entries, List<Network> networks) {
    this.entries = List.copyOf(entries);
    this.networks = List.copyOf(networks);
  }

  /** Parses the entries; each bad one is refused naming {@code field}. Empty: any address. */
  public static AllowedAddresses of(List<String> entries, String field) {
    List<String> kept = new ArrayList<>();
    List<Network> networks = new ArrayList<>();
    if (entries != null) {
      for (String entry : entries) {
        String text = entry == null ? "" : entry.strip();
        Network network = parse(text);
        if (network == null) {
          throw new InvalidInputException(
              field, "'" + entry + "' is not an IPv4 or IPv6 address or network (CIDR)");
        }
        kept.add(text);
        networks.add(network);
      }
    }
    if (String.join(",", kept).length() > 2000) {
      throw new InvalidInputException(field, "at most 2000 characters of addresses");
    }
    return new AllowedAddresses(kept, networks);
  }

  /** As stored: comma-separated, or null for any address. */
  static AllowedAddresses stored(String column) {
    return column == null || column.isBlank()
        ? new AllowedAddresses(List.of(), List.of())
        : of(List.of(column.split(",")), "allowedAddresses");
  }

  String toColumn() {
    return entries.isEmpty() ? null : String.join(",", entries);
  }

  public List<String> entries() {
    return entries;
  }

  public boolean any() {
    return networks.isEmpty();
  }

  /** Whether a client at {@code address} (as the server saw it) may use the credential. */
  public boolean allows(String address) {
    if (networks.isEmpty()) {
      return true;
    }
    byte[] client = literal(address);
    return client != null && networks.stream().anyMatch(n -> n.contains(client));
  }

  private static Network parse(String text) {
    if (!LITERAL.matcher(text).matches()) {
      return null;
    }
    int slash = text.indexOf('/');
    byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
    if (address == null) {
      return null;
    }
    int bits = address.length * 8;
    int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
    return prefix > bits ? null : new Network(address, prefix);
  }

  /** The bytes of a literal address, or null; never a DNS lookup (letters other than hex fail). */
  private static byte[] literal(String text) {
    if (text == null || text.isEmpty() || !LITERAL.matcher(text).matches() || text.contains("/")) {
      return null;
    }
    if (!text.contains(":") && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return null;
    }
    try {
      // Java reads an IPv4-mapped IPv6 address (::ffff:a.b.c.d) as the IPv4 address it maps.
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
