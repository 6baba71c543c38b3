package org.metalcart.dcimsim;

/** An address of a pool, free or assigned to a server. */
final class IpAddress {

  final long id;
  final String address;
  final String family;
  final IpPool pool;
  String domain;
  Long serverId;
  String note;

  IpAddress(long id, String address, String family, IpPool pool) {
    this.id = id;
    this.address = address;
    this.family = family;
    this.pool = pool;
  }
}
