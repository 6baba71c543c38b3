package org.metalcart.dcimsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The control API: faults, counters, reset, state. */
class ControlApiTest extends SimulatorTestBase {

  @Test
  void aBurstOf503AnswersThenRecovers() {
    sim.v6("GET", "/dci/v3/server", null); // log in before the burst
    sim.control("POST", "/faults", "{\"burst503\": 2}");
    assertEquals(503, sim.v6("GET", "/dci/v3/server", null).status());
    assertEquals(503, sim.v5("server").status());
    assertEquals(200, sim.v6("GET", "/dci/v3/server", null).status());
  }

  @Test
  void aNamedFunctionFailsAsOftenAsToldAndOthersDoNot() {
    sim.control(
        "POST", "/faults", "{\"fail\": {\"function\": \"v5:server.operations\", \"count\": 1}}");
    assertEquals(13, sim.v5("server").xpath("//elem/id").size());
    var failed = sim.v5Install(serverId("ds-101"), "Debian 12", "p", "p");
    assertTrue(failed.body().contains("Injected failure"), failed::body);
    var next = sim.v5Install(serverId("ds-101"), "Debian 12", "p", "p");
    assertEquals(1, next.xpath("/doc/ok").size(), next::body);
  }

  @Test
  void aHangingCallOutlastsTheClientsTimeout() {
    sim.control(
        "POST",
        "/faults",
        "{\"hang\": {\"function\": \"v5:osmgr\", \"count\": 1, \"seconds\": 2}}");
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(
                sim.base.resolve("/dcimgr?func=osmgr&authinfo=admin:" + SimClient.ADMIN_PASSWORD))
            .timeout(Duration.ofMillis(300))
            .build();
    assertThrows(
        HttpTimeoutException.class,
        () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
    assertEquals(5, sim.v5("osmgr").xpath("//elem/name").size(), "other calls are not held up");
  }

  @Test
  void latencyIsAddedToEveryCall() {
    sim.control("POST", "/faults", "{\"latencyMs\": 150}");
    long started = System.nanoTime();
    sim.v5("osmgr");
    assertTrue((System.nanoTime() - started) / 1_000_000 >= 150);
    sim.control("DELETE", "/faults", null);
  }

  @Test
  void callsAreCountedPerFunction() {
    String server = serverId("ds-101");
    sim.v6("GET", "/dci/v3/server", null); // logged in, so no renewal below
    sim.control("DELETE", "/calls", null);
    sim.v5("server");
    sim.v5("server");
    sim.v6("GET", "/dci/v3/server/" + server, null);
    var calls = sim.control("GET", "/calls", null).json();
    assertEquals(2, calls.getInt("v5:server"), calls::toString);
    assertEquals(1, calls.getInt("v6:GET /dci/v3/server/{id}"));
  }

  @Test
  void resetRestoresTheInventoryAndStateShowsIt() {
    sim.v5(
        "server.edit",
        "sok",
        "ok",
        "elid",
        serverId("ds-101"),
        "owner",
        FreeServerRuleTest.accountId("acme"));
    sim.control("POST", "/reset", null);
    var state = sim.control("GET", "/state", null).json();
    assertEquals(13, state.getJsonArray("servers").size());
    assertTrue(state.getJsonArray("servers").getJsonObject(0).isNull("owner"));
    assertEquals(3, state.getJsonArray("pools").size());

    sim.control(
        "POST",
        "/reset",
        """
        {"admin": {"name": "root", "email": "root@x.example", "password": "pw"}, "installSeconds": 1,
         "templates": ["Debian 12"], "pools": [{"name": "public", "first": "10.0.0.2", "last": "10.0.0.3"}],
         "servers": [{"name": "only", "configuration": "C"}]}
        """);
    assertEquals(1, sim.control("GET", "/state", null).json().getJsonArray("servers").size());
  }
}
