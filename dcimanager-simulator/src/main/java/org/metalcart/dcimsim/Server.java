package org.metalcart.dcimsim;

/** A dedicated server of the inventory. */
final class Server {

  static final String FREE_HOSTNAME = "free.ds";

  final long id;
  final String name;

  /** DCImanager 5 calls it chassis_templ ("Configuration"); DCImanager 6 configuration. */
  final String configuration;

  /** "Server Type" in DCImanager 5. */
  final String type;

  final String mac;
  final String location;
  final String rack;
  final int unit;
  String hostname;
  Long ownerId;
  boolean hwproblem;
  boolean diagInProgress;
  boolean blocked;
  boolean poweredOn;
  String notes;
  IpAddress mainIp;
  Operation operation;

  /** Made to fail its next OS install (control API or inventory). */
  boolean failNextInstall;

  Server(
      long id,
      String name,
      String configuration,
      String type,
      String mac,
      String location,
      String rack,
      int unit) {
    this.id = id;
    this.name = name;
    this.configuration = configuration;
    this.type = type;
    this.mac = mac;
    this.location = location;
    this.rack = rack;
    this.unit = unit;
  }
}
