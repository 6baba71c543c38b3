package org.metalcart.dcimsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * While DCImanager runs an operation on a server (an OS install, a power action, diagnostics), it
 * refuses to start another there, through both APIs, and shows the operation: DCImanager 5 as
 * {@code func_in_progress} on the server's connection (what ISPsystem's module waits on before it
 * releases a server), DCImanager 6 as the server's running {@code operation}.
 */
class RunningOperationsTest extends SimulatorTestBase {

  @Test
  void anInstallRefusesPowerAndAnotherInstallUntilItHasFinished() {
    sim.control("POST", "/settings", "{\"installSeconds\": 0.6}");
    String server = serverId("ds-101");
    assertEquals(List.of(), inProgress(server), "an idle server shows nothing in progress");
    assertEquals(List.of(""), sim.v5Install(server, "Debian 12", "pw-1", "pw-1").xpath("/doc/ok"));

    assertEquals(List.of(""), inProgress(server), "func_in_progress while it installs");
    var v5PowerOff = sim.v5("server.poweroff", "elid", server);
    assertEquals(List.of("func_in_progress"), v5PowerOff.xpath("/doc/error/@type"));
    assertTrue(v5PowerOff.xpath("/doc/error/msg").get(0).contains("OS install"));
    assertEquals(
        List.of("func_in_progress"),
        sim.v5Install(server, "Debian 12", "pw-2", "pw-2").xpath("/doc/error/@type"),
        "a second install, with another password, is refused");
    var v6PowerOff = sim.v6("POST", "/dci/v3/server/" + server + "/power_off", "{}");
    assertEquals(409, v6PowerOff.status());
    assertEquals(1006, v6PowerOff.json().getJsonObject("error").getInt("code"));
    JsonObject shown = sim.v6("GET", "/dci/v3/server/" + server, null).json();
    assertEquals("in_progress", shown.getJsonObject("operation").getString("status"));
    assertEquals("install", shown.getString("state"));
    // Blocking (the switch port) and the owner do not touch the running operation.
    assertEquals(List.of(""), sim.v5("server.disable", "elid", server).xpath("/doc/ok"));
    assertEquals(List.of(""), sim.v5("server.enable", "elid", server).xpath("/doc/ok"));

    awaitIdle(server);
    assertEquals(List.of(""), sim.v5("server.poweroff", "elid", server).xpath("/doc/ok"));
    assertEquals(
        "ok",
        sim.v6("GET", "/dci/v3/server/" + server, null)
            .json()
            .getJsonObject("operation")
            .getString("status"));
  }

  @Test
  void aPowerActionRunsForThePowerTimeAndRefusesOthersMeanwhile() {
    sim.control("POST", "/settings", "{\"powerSeconds\": 0.6}");
    String server = serverId("ds-102");
    assertEquals(200, sim.v6("POST", "/dci/v3/server/" + server + "/power_on", "{}").status());
    JsonObject shown = sim.v6("GET", "/dci/v3/server/" + server, null).json();
    assertEquals("power_on", shown.getJsonObject("operation").getString("name"));
    assertEquals("in_progress", shown.getJsonObject("operation").getString("status"));
    assertEquals(List.of(""), inProgress(server));
    assertEquals(
        List.of("func_in_progress"),
        sim.v5Install(server, "Debian 12", "pw-1", "pw-1").xpath("/doc/error/@type"));
    assertEquals(409, sim.v6("POST", "/dci/v3/server/" + server + "/power_reset", "{}").status());
    awaitIdle(server);
    assertEquals(200, sim.v6("POST", "/dci/v3/server/" + server + "/power_reset", "{}").status());
  }

  @Test
  void diagnosticsAreARunningOperationToo() {
    String server = serverId("ds-106"); // in diagnostics in the demo inventory
    assertEquals(List.of(""), inProgress(server));
    assertEquals("diag", sim.v6("GET", "/dci/v3/server/" + server, null).json().getString("state"));
    assertEquals(
        List.of("func_in_progress"),
        sim.v5("server.reboot", "elid", server).xpath("/doc/error/@type"));
    sim.control("POST", "/servers/ds-106", "{\"diag_in_progress\": false}");
    assertEquals(List.of(), inProgress(server));
    assertEquals(List.of(""), sim.v5("server.reboot", "elid", server).xpath("/doc/ok"));
  }

  /** The {@code func_in_progress} marks of the server's connections, as the module reads them. */
  private static List<String> inProgress(String server) {
    return sim.v5("server.connection", "elid", server).xpath("//elem/func_in_progress");
  }

  private static void awaitIdle(String server) {
    long deadline = System.currentTimeMillis() + 5_000;
    while (!inProgress(server).isEmpty()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("the operation on server " + server + " did not finish");
      }
      Thread.onSpinWait();
    }
  }
}
