package org.metalcart.dcimsim;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An address pool with a finite range: IPv4 from {@code first} to {@code last}, or {@code size}
 * IPv6 addresses under {@code prefix}. Released addresses return to the pool.
 */
final class IpPool {

  final long id;
  final String name;
  final boolean isPublic;
  final String family;
  final String gateway;
  final String network;
  final int total;
  private final Deque<String> free = new ArrayDeque<>();

  private IpPool(
      long id,
      String name,
      boolean isPublic,
      String family,
      String gateway,
      String network,
      Deque<String> addresses) {
    this.id = id;
    this.name = name;
    this.isPublic = isPublic;
    this.family = family;
    this.gateway = gateway;
    this.network = network;
    this.total = addresses.size();
    this.free.addAll(addresses);
  }

  static IpPool ipv4(
      long id,
      String name,
      boolean isPublic,
      String first,
      String last,
      String gateway,
      String network) {
    Deque<String> addresses = new ArrayDeque<>();
    for (long a = toLong(first), end = toLong(last); a <= end; a++) {
      addresses.add(toText(a));
    }
    return new IpPool(id, name, isPublic, "ipv4", gateway, network, addresses);
  }

  static IpPool ipv6(
      long id, String name, boolean isPublic, String prefix, int size, String gateway) {
    Deque<String> addresses = new ArrayDeque<>();
    for (int i = 1; i <= size; i++) {
      addresses.add(prefix + Integer.toHexString(i));
    }
    return new IpPool(id, name, isPublic, "ipv6", gateway, prefix + "/64", addresses);
  }

  /** The next free address, or null when the pool is exhausted. */
  String take() {
    return free.pollFirst();
  }

  /** Marks {@code address} as used without taking it in order (a server's preset main address). */
  void reserve(String address) {
    free.remove(address);
  }

  void giveBack(String address) {
    free.addLast(address);
  }

  int used() {
    return total - free.size();
  }

  private static long toLong(String ipv4) {
    long value = 0;
    for (String part : ipv4.split("\\.")) {
      value = value * 256 + Integer.parseInt(part);
    }
    return value;
  }

  private static String toText(long value) {
    return ((value >> 24) & 255)
        + "."
        + ((value >> 16) & 255)
        + "."
        + ((value >> 8) & 255)
        + "."
        + (value & 255);
  }
}
