package org.metalcart.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.AllocatedAddress;
import org.metalcart.dcim.DcimServer;

/** Where DCImanager and Metalcart disagree, by the reconcile job's rules. */
class DriftTest {

  @Test
  void everyKindOfDriftIsFoundAndNothingElse() {
    List<DcimServer> servers =
        List.of(
            server("1", "acct-a", "op-1", "ip-1"), // A's, as it should be
            server("2", null, "op-2"), // B's server, without an owner: lost
            server("3", "acct-a", null), // owned by A's account, held by no service: orphan
            server("4", "acct-c", null, "ip-4"), // C's, Create under way: neither
            server("5", "acct-d", null), // D's, install forgotten: unknown install
            server("6", "someone-else", null), // not Metalcart's account: not its business
            server("7", "acct-a", null)); // claimed by a Create that has not recorded it
    List<AllocatedAddress> allocated =
        List.of(
            new AllocatedAddress("ip-1", "203.0.113.10", "1"), // attached
            new AllocatedAddress("ip-9", "203.0.113.19", "2"), // on no server: stray
            new AllocatedAddress("ip-8", "203.0.113.18", "4")); // C's Create may still attach it
    Drift.MetalcartView metalcart =
        new Drift.MetalcartView(
            List.of(
                held(1, "ACTIVE", "1", "acct-a", "op-1"),
                held(2, "SUSPENDED", "2", "acct-b", "op-2"),
                held(3, "PENDING", "4", "acct-c", null),
                held(4, "ACTIVE", "5", "acct-d", "op-5-recorded"),
                held(5, "TERMINATED", null, "acct-a", null)),
            Set.of("acct-a", "acct-b", "acct-c", "acct-d"),
            Set.of("1", "2", "4", "5", "7"),
            Set.of("4"));

    List<Drift.Finding> findings = Drift.between(servers, allocated, metalcart, true);

    assertEquals(
        List.of(
            "LOST_SERVER 2 service 2",
            "UNKNOWN_INSTALL 5 service 4",
            "ORPHAN_SERVER 3 service null",
            "STRAY_ADDRESS null service null"),
        findings.stream()
            .map(f -> f.kind() + " " + f.serverId() + " service " + f.serviceId())
            .toList());
    assertEquals(
        List.of(false, false, true, true),
        findings.stream().map(Drift.Finding::repairable).toList());
    assertEquals("203.0.113.19", findings.get(3).address());
  }

  @Test
  void aServerOwnedByAnotherAccountOrMissingIsLostAndInstallsAreLeftAloneOnDcimanager5() {
    List<Drift.Finding> findings =
        Drift.between(
            List.of(server("1", "acct-z", null)),
            List.of(),
            new Drift.MetalcartView(
                List.of(
                    held(1, "ACTIVE", "1", "acct-a", "op-1"),
                    held(2, "ACTIVE", "404", "acct-a", "op-2")),
                Set.of("acct-a"),
                Set.of("1", "404"),
                Set.of()),
            false);
    assertEquals(
        List.of(
            "server ds-1 is owned by account acct-z in DCImanager, not the client's acct-a",
            "DCImanager has no server 404"),
        findings.stream().map(Drift.Finding::detail).toList());
  }

  private static DcimServer server(String id, String owner, String operation, String... ips) {
    return new DcimServer(
        id,
        "ds-" + id,
        "cfg",
        null,
        "h" + id,
        owner,
        false,
        false,
        false,
        true,
        operation,
        List.of(ips));
  }

  private static Drift.HeldServer held(
      long service, String status, String server, String account, String install) {
    boolean live = !status.equals("TERMINATED");
    boolean settled = status.equals("ACTIVE") || status.equals("SUSPENDED");
    return new Drift.HeldServer(service, live, settled, server, account, install);
  }
}
