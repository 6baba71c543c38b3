package org.metalcart.dcimsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The free-server rule of the seed, as both APIs offer it: no owner, hostname free.ds, no hardware
 * problem, not in diagnostics, not blocked, and the package name equal to Configuration or Server
 * Type.
 */
class FreeServerRuleTest extends SimulatorTestBase {

  @ParameterizedTest
  @CsvSource({
    // package name, the free servers of the demo inventory (ds-104 owned, ds-105 hardware problem,
    // ds-106 in diagnostics, ds-203 blocked, ds-204 hostname not free.ds; ds-205 matches by type)
    "E-2146G-64Gb, ds-101 ds-102 ds-103",
    "E3-1230v6-32Gb, ds-201 ds-202 ds-205",
    "2xGold6248-384Gb, ds-301 ds-302",
    "Dell R740, ds-301 ds-302",
    "No-Such-Config, ''"
  })
  void v6QueryAndV5ListAgreeAndOfferOnlyServersMeetingEveryRule(
      String packageName, String expected) {
    List<String> free = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertEquals(free, v6Free(packageName), "DCImanager 6 where query");
    assertEquals(
        free, sim.v5("server").xpath(SimClient.freeXpath(packageName)), "DCImanager 5 module rule");
  }

  @Test
  void eachExclusionTakesAServerOutOfThePool() {
    assertEquals(List.of("ds-101", "ds-102", "ds-103"), v6Free("E-2146G-64Gb"));
    sim.control("POST", "/servers/ds-101", "{\"hwproblem\": true}");
    sim.control("POST", "/servers/ds-102", "{\"diag_in_progress\": true}");
    sim.control("POST", "/servers/ds-103", "{\"blocked\": true}");
    assertEquals(List.of(), v6Free("E-2146G-64Gb"));
    assertEquals(List.of(), sim.v5("server").xpath(SimClient.freeXpath("E-2146G-64Gb")));

    sim.control("POST", "/servers/ds-101", "{\"hwproblem\": false}");
    sim.control(
        "POST",
        "/servers/ds-102",
        "{\"diag_in_progress\": false, \"hostname\": \"taken.example\"}");
    sim.control("POST", "/servers/ds-103", "{\"blocked\": false}");
    sim.v5("server.edit", "sok", "ok", "elid", serverId("ds-103"), "owner", accountId("acme"));
    assertEquals(List.of("ds-101"), v6Free("E-2146G-64Gb"));
    assertEquals(List.of("ds-101"), sim.v5("server").xpath(SimClient.freeXpath("E-2146G-64Gb")));
  }

  @Test
  void freeServerCountsPerConfiguration() {
    var counts = sim.v6("GET", "/dci/v3/server/configuration", null).json().getJsonArray("list");
    var e2146 =
        counts.stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("configuration").equals("E-2146G-64Gb"))
            .findFirst()
            .orElseThrow();
    assertEquals(3, e2146.getInt("free_server_count"));
  }

  static List<String> v6Free(String packageName) {
    return sim
        .v6("GET", "/dci/v3/server?orderby=id&where=" + SimClient.freeWhere(packageName), null)
        .json()
        .getJsonArray("list")
        .stream()
        .map(s -> s.asJsonObject().getString("name"))
        .toList();
  }

  static String accountId(String name) {
    return sim.v5("user").xpath("//elem[name='" + name + "']/id").get(0);
  }
}
