package org.metalcart.dcimsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DCImanager 6's REST API through a Create and a release, and its errors. */
class RestApiTest extends SimulatorTestBase {

  @Test
  void tokenIsIssuedWith201AndAcceptedAsHeaderOrCookie() {
    var login = sim.v6Token(SimClient.ADMIN_EMAIL, SimClient.ADMIN_PASSWORD);
    assertEquals(201, login.status());
    String token = login.json().getString("token");
    assertFalse(login.json().getString("expires_at").isBlank());
    assertEquals(200, sim.v6With(token, "GET", "/dci/v3/server", null).status());
    var byCookie =
        sim.send(
            java.net.http.HttpRequest.newBuilder(sim.base.resolve("/api/dci/v3/server"))
                .header("Cookie", "ses6=" + token)
                .header("isp-box-instance", "true"));
    assertEquals(200, byCookie.status());
  }

  @Test
  void createAndReleaseThroughTheRestApi() {
    sim.control("POST", "/settings", "{\"installSeconds\": 0.3}");
    long user =
        sim.v6(
                "POST",
                "/dci/v3/user",
                "{\"email\":\"bob@example.com\",\"full_name\":\"Bob\",\"password\":\"pw-123456\",\"role\":\"@user\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        1,
        sim.v6("GET", "/dci/v3/user?where=" + SimClient.encode("email EQ 'bob@example.com'"), null)
            .json()
            .getInt("size"));
    String server =
        String.valueOf(
            sim.v6(
                    "GET",
                    "/dci/v3/server?orderby=id&limit=0,1&where="
                        + SimClient.freeWhere("E3-1230v6-32Gb"),
                    null)
                .json()
                .getJsonArray("list")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue());
    assertEquals(
        200,
        sim.v6("POST", "/dci/v3/server/" + server + "/owner", "{\"owner\": " + user + "}")
            .status());
    long ip =
        sim.v6(
                "POST",
                "/ip/v3/ippool/public/ip",
                "{\"family\":\"ipv4\",\"domain\":\"bob.example.com\",\"note\":\"service 7\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    assertEquals(
        200,
        sim.v6("POST", "/dci/v3/server/" + server + "/ip", "{\"ip_id\": " + ip + "}").status());
    long operation =
        sim.v6(
                "POST",
                "/dci/v3/server/" + server + "/operation/install",
                "{\"os_template\":\"Ubuntu 24.04\",\"password\":\"pw-123456\",\"domain\":\"bob.example.com\",\"recipe\":null}")
            .json()
            .getJsonNumber("id")
            .longValue();

    JsonObject installing = sim.v6("GET", "/dci/v3/server/" + server, null).json();
    assertEquals(operation, installing.getJsonObject("operation").getJsonNumber("id").longValue());
    assertEquals("in_progress", installing.getJsonObject("operation").getString("status"));
    assertEquals("bob@example.com", installing.getString("owner_email"));
    assertEquals("bob.example.com", installing.getString("domain"));
    assertEquals(2, installing.getJsonArray("ip").size());
    long deadline = System.currentTimeMillis() + 5_000;
    while (!"ok"
        .equals(
            sim.v6("GET", "/dci/v3/server/" + server, null)
                .json()
                .getJsonObject("operation")
                .getString("status"))) {
      assertTrue(System.currentTimeMillis() < deadline, "install did not finish");
      Thread.onSpinWait();
    }

    // block: the switch port goes down, the power stays on
    sim.v6("POST", "/dci/v3/server/" + server + "/block", "{}");
    JsonObject blocked = sim.v6("GET", "/dci/v3/server/" + server, null).json();
    assertEquals(
        "down",
        blocked.getJsonArray("switch_connection").getJsonObject(0).getString("admin_status"));
    assertEquals("on", blocked.getString("power_status"));

    // release: unblock, power off, delete the extra address, no owner, domain free.ds on the main
    // address
    sim.v6("POST", "/dci/v3/server/" + server + "/unblock", "{}");
    sim.v6("POST", "/dci/v3/server/" + server + "/power_off", "{}");
    assertEquals(200, sim.v6("DELETE", "/ip/v3/ip/" + ip, null).status());
    sim.v6("POST", "/dci/v3/server/" + server + "/owner", "{\"owner\": null}");
    long mainIp =
        sim.v6("GET", "/dci/v3/server/" + server, null)
            .json()
            .getJsonArray("ip")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    sim.v6("POST", "/ip/v3/ip/" + mainIp, "{\"domain\":\"free.ds\"}");
    assertTrue(
        FreeServerRuleTest.v6Free("E3-1230v6-32Gb")
            .contains(sim.v6("GET", "/dci/v3/server/" + server, null).json().getString("name")));
  }

  @Test
  void errorsHaveTheRealShape() {
    var badPassword = sim.v6Token(SimClient.ADMIN_EMAIL, "wrong");
    assertEquals(401, badPassword.status());
    assertEquals(3001, badPassword.json().getJsonObject("error").getInt("code"));
    var noToken = sim.v6With(null, "GET", "/dci/v3/server", null);
    assertEquals(401, noToken.status());
    assertEquals("Unauthorized", noToken.json().getJsonObject("error").getString("msg"));
    assertEquals(401, sim.v6With("expired-or-forged", "GET", "/dci/v3/server", null).status());
    var unknown = sim.v6("GET", "/dci/v3/server/987654", null);
    assertEquals(404, unknown.status());
    assertTrue(unknown.json().getJsonObject("error").containsKey("msg"));
    var missing = sim.v6("POST", "/dci/v3/user", "{\"email\":\"x@example.com\"}");
    assertEquals(400, missing.status());
    assertEquals("password", missing.json().getJsonObject("error").getString("value"));
    var badWhere =
        sim.v6("GET", "/dci/v3/server?where=" + SimClient.encode("configuration EQ"), null);
    assertEquals(400, badWhere.status());
    assertEquals("where", badWhere.json().getJsonObject("error").getString("value"));
    assertEquals(
        409,
        sim.v6("POST", "/dci/v3/user", "{\"email\":\"ops@acme.example\",\"password\":\"x\"}")
            .status());
  }

  @Test
  void poolsCountTheirAddressesAndRunOut() {
    JsonObject small =
        sim.v6("GET", "/ip/v3/ippool?where=" + SimClient.encode("name EQ 'small'"), null)
            .json()
            .getJsonArray("list")
            .getJsonObject(0);
    assertEquals(3, small.getInt("total_ipv4"));
    assertEquals(0, small.getInt("using_ipv4"));
    for (int i = 0; i < 3; i++) {
      assertEquals(200, sim.v6("POST", "/ip/v3/ippool/small/ip", "{\"family\":\"ipv4\"}").status());
    }
    var refused = sim.v6("POST", "/ip/v3/ippool/small/ip", "{\"family\":\"ipv4\"}");
    assertEquals(400, refused.status());
    assertEquals("iptype", refused.json().getJsonObject("error").getString("value"));
  }

  @Test
  void listsFilterOrderAndPage() {
    var page =
        sim.v6(
                "GET",
                "/dci/v3/server?orderby="
                    + SimClient.encode("name DESC")
                    + "&limit=2,3&where="
                    + SimClient.encode("name CP 'ds-%'"),
                null)
            .json();
    assertEquals(13, page.getInt("size"));
    assertEquals(
        List.of("ds-205", "ds-204", "ds-203"),
        page.getJsonArray("list").stream()
            .map(JsonValue::asJsonObject)
            .map(s -> s.getString("name"))
            .toList());
  }
}
