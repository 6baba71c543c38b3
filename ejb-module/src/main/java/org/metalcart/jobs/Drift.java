package org.metalcart.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.metalcart.dcim.AllocatedAddress;
import org.metalcart.dcim.DcimServer;

/**
 * Where DCImanager and Metalcart disagree, worked out from one reading of each: DCImanager's
 * servers (with their owners, operations and addresses) and the addresses Metalcart allocated;
 * Metalcart's services that hold servers, the accounts it made, the servers claimed by a Create
 * under way. No I/O: the reconcile job reads, this decides.
 */
public final class Drift {

  private Drift() {}

  /**
   * A service that has a server, as the comparison needs it: {@code live} when it holds the server
   * (pending, active or suspended), {@code settled} when it should have it as provisioned (active
   * or suspended).
   */
  public record HeldServer(
      long serviceId,
      boolean live,
      boolean settled,
      String serverId,
      String accountId,
      String installOperationId) {}

  /**
   * What Metalcart knows, read in one transaction: the services with servers, every DCImanager
   * account it made, the servers its services have claimed (a Create may have claimed one and not
   * recorded it yet), and the servers of services with a module command under way.
   */
  public record MetalcartView(
      List<HeldServer> held, Set<String> accounts, Set<String> claimed, Set<String> underWay) {}

  /** One disagreement, and whether a repair applies to it. */
  public record Finding(
      DriftKind kind,
      String serverId,
      Long serviceId,
      String accountId,
      String address,
      String addressId,
      String detail,
      boolean repairable) {}

  public static List<Finding> between(
      List<DcimServer> servers,
      List<AllocatedAddress> allocated,
      MetalcartView metalcart,
      boolean tellsInstalls) {
    Map<String, DcimServer> byId = new HashMap<>();
    Set<String> attached = new HashSet<>();
    for (DcimServer server : servers) {
      byId.put(server.id(), server);
      attached.addAll(server.addressIds());
    }
    Set<String> heldByLiveServices = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (HeldServer held : metalcart.held()) {
      if (!held.live() || held.serverId() == null) {
        continue;
      }
      heldByLiveServices.add(held.serverId());
      if (!held.settled()) {
        continue;
      }
      DcimServer server = byId.get(held.serverId());
      String lost = lost(held, server);
      if (lost != null) {
        findings.add(
            new Finding(
                DriftKind.LOST_SERVER,
                held.serverId(),
                held.serviceId(),
                held.accountId(),
                null,
                null,
                lost,
                false));
      } else if (tellsInstalls
          && held.installOperationId() != null
          && !held.installOperationId().isEmpty()
          && server.operationId() == null) {
        findings.add(
            new Finding(
                DriftKind.UNKNOWN_INSTALL,
                held.serverId(),
                held.serviceId(),
                held.accountId(),
                null,
                null,
                "the install recorded as started (operation "
                    + held.installOperationId()
                    + ") is unknown to DCImanager, which shows no operation on server "
                    + server.name(),
                false));
      }
    }
    for (DcimServer server : servers) {
      if (server.ownerAccountId() != null
          && metalcart.accounts().contains(server.ownerAccountId())
          && !heldByLiveServices.contains(server.id())
          && !metalcart.claimed().contains(server.id())) {
        findings.add(
            new Finding(
                DriftKind.ORPHAN_SERVER,
                server.id(),
                null,
                server.ownerAccountId(),
                null,
                null,
                "server "
                    + server.name()
                    + " is owned by account "
                    + server.ownerAccountId()
                    + ", which Metalcart made, but no live service holds it",
                true));
      }
    }
    for (AllocatedAddress ip : allocated) {
      // An address for a server a Create is working on may be between allocating and attaching.
      if (!attached.contains(ip.id()) && !metalcart.underWay().contains(ip.forServerId())) {
        findings.add(
            new Finding(
                DriftKind.STRAY_ADDRESS,
                null,
                null,
                null,
                ip.address(),
                ip.id(),
                "address "
                    + ip.address()
                    + " was allocated for a server but is on none: provisioning stopped between"
                    + " allocating and attaching it",
                true));
      }
    }
    return findings;
  }

  private static String lost(HeldServer held, DcimServer server) {
    if (server == null) {
      return "DCImanager has no server " + held.serverId();
    }
    if (server.ownerAccountId() == null) {
      return "server " + server.name() + " has no owner in DCImanager";
    }
    if (held.accountId() != null && !held.accountId().equals(server.ownerAccountId())) {
      return "server "
          + server.name()
          + " is owned by account "
          + server.ownerAccountId()
          + " in DCImanager, not the client's "
          + held.accountId();
    }
    return null;
  }
}
