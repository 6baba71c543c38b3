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

  /** The last OS install (running or finished): what DCImanager 6 shows as the operation. */
  Operation operation;

  /** The last power action; it runs for the simulator's power time (none by default). */
  Operation power;

  /** Made to fail its next OS install (control API or inventory). */
  boolean failNextInstall;

  /**
   * What runs on the server now, or null when it is idle: an OS install, a power action or
   * diagnostics. While something runs, DCImanager refuses to start anything else on it.
   */
  String runningOperation(java.time.Instant now) {
    if (operation != null && operation.running(now)) {
      return "OS install (operation " + operation.id + ")";
    }
    if (power != null && power.running(now)) {
      return power.kind + " (operation " + power.id + ")";
    }
    return diagInProgress ? "diagnostics" : null;
  }

  /** The operation DCImanager 6 shows: a running power action, else the last OS install. */
  Operation shownOperation(java.time.Instant now) {
    return power != null && power.running(now) ? power : operation;
  }

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
