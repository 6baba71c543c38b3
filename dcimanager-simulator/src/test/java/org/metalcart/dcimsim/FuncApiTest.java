package org.metalcart.dcimsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DCImanager 5's func API through the module's Create and Terminate sequences, and its errors. */
class FuncApiTest extends SimulatorTestBase {

  @Test
  void createSequenceOfTheModule() {
    sim.control("POST", "/settings", "{\"installSeconds\": 0.3}");
    // find or create the user
    assertEquals(List.of(), sim.v5("user").xpath("//elem[name='alice']/id"));
    String alice =
        sim.v5("user.edit", "sok", "ok", "name", "alice", "passwd", "S3cret-pw", "level", "lvUser")
            .xpath("/doc/id")
            .get(0);
    assertEquals(List.of(alice), sim.v5("user").xpath("//elem[name='alice' and level='16']/id"));
    // find a free server, take it (owner = admin while installing), enable, power on
    String server =
        sim.v5("server").xpath(SimClient.freeXpath("E-2146G-64Gb")).isEmpty()
            ? null
            : serverId("ds-101");
    String admin = FreeServerRuleTest.accountId("admin");
    ok(sim.v5("server.edit", "sok", "ok", "elid", server, "owner", admin));
    ok(sim.v5("server.enable", "elid", server));
    ok(sim.v5("server.poweron", "elid", server));
    // set the domain on its addresses, allocate extra addresses before the install
    String mainIp = sim.v5("iplist", "elid", server).xpath("//elem[main]/id").get(0);
    ok(
        sim.v5(
            "iplist.edit",
            "sok",
            "ok",
            "elid",
            mainIp,
            "plid",
            server,
            "domain",
            "alice.example.net"));
    var extra = sim.v5Allocate(server, "public", "ipv4", "alice.example.net");
    ok(extra);
    assertTrue(extra.xpath("/doc/ip").get(0).startsWith("203.0.113."));
    ok(sim.v5Allocate(server, "public-v6", "ipv6", "alice.example.net"));
    assertEquals(3, sim.v5("iplist", "elid", server).xpath("//elem/id").size());
    // install the OS, poll until done, hand the server to the client
    ok(sim.v5Install(server, "Debian 12", "S3cret-pw", "S3cret-pw"));
    assertEquals(
        List.of(""), sim.v5("server").xpath("//elem[id='" + server + "']/install_in_progress"));
    awaitInstalled(server);
    assertEquals(List.of(), sim.v5("server").xpath("//elem[id='" + server + "']/operation_failed"));
    ok(sim.v5("server.edit", "sok", "ok", "elid", server, "owner", "no_owner"));
    ok(sim.v5("server.edit", "sok", "ok", "elid", server, "owner", alice));
    assertEquals(List.of("alice"), sim.v5("server").xpath("//elem[id='" + server + "']/owner"));
    assertEquals(
        List.of("alice.example.net"),
        sim.v5("server").xpath("//elem[id='" + server + "']/hostname"));
  }

  @Test
  void terminateSequenceReleasesTheServerToThePool() {
    String server = serverId("ds-104"); // owned by acme, hostname web1.acme.example
    ok(sim.v5Allocate(server, "public", "ipv4", "web1.acme.example"));
    ok(sim.v5("server.disable", "elid", server));
    // enable, power off, delete every address but the main one, no owner, domain free.ds
    ok(sim.v5("server.enable", "elid", server));
    ok(sim.v5("server.poweroff", "elid", server));
    for (String ip : sim.v5("iplist", "elid", server).xpath("//elem[not(main)]/id")) {
      ok(sim.v5("iplist.delete", "elid", ip, "plid", server));
    }
    assertEquals(
        "value",
        sim.v5(
                "iplist.delete",
                "elid",
                sim.v5("iplist", "elid", server).xpath("//elem[main]/id").get(0),
                "plid",
                server)
            .xpath("/doc/error/@type")
            .get(0));
    ok(
        sim.v5(
            "server.edit", "sok", "ok", "elid", server, "owner", "no_owner", "domain", "free.ds"));
    assertEquals(
        List.of("ds-101", "ds-102", "ds-103", "ds-104"),
        sim.v5("server").xpath(SimClient.freeXpath("E-2146G-64Gb")));
    assertEquals(1, sim.v5("iplist", "elid", server).xpath("//elem/id").size());
  }

  @Test
  void aFailedInstallShowsOperationFailed() {
    sim.control("POST", "/settings", "{\"installSeconds\": 0.2}");
    sim.control("POST", "/servers/ds-102", "{\"failNextInstall\": true}");
    String server = serverId("ds-102");
    ok(sim.v5Install(server, "Debian 12", "pw", "pw"));
    awaitInstalled(server);
    assertEquals(
        List.of(""), sim.v5("server").xpath("//elem[id='" + server + "']/operation_failed"));
  }

  @Test
  void anExhaustedPoolRefusesAnotherAddress() {
    String server = serverId("ds-101");
    for (int i = 0; i < 3; i++) {
      ok(sim.v5Allocate(server, "small", "ipv4", null));
    }
    var refused = sim.v5Allocate(server, "small", "ipv4", null);
    assertEquals(List.of("value"), refused.xpath("/doc/error/@type"));
    assertEquals(List.of("iptype"), refused.xpath("/doc/error/@object"));
  }

  @Test
  void errorsHaveTheRealShape() {
    var badLogin = sim.v5As("admin:wrong", "server");
    assertEquals(200, badLogin.status(), "DCImanager 5 reports errors with HTTP 200");
    assertEquals(List.of("auth"), badLogin.xpath("/doc/error/@type"));
    assertEquals(
        List.of("missed"), sim.v5("server.edit", "elid", "987654").xpath("/doc/error/@type"));
    assertEquals(
        List.of("exists"),
        sim.v5("user.edit", "sok", "ok", "name", "acme", "passwd", "x").xpath("/doc/error/@type"));
    assertEquals(
        List.of("confirm"),
        sim.v5Install(serverId("ds-101"), "Debian 12", "a", "b").xpath("/doc/error/@object"));
    assertEquals(
        List.of("ostemplate"),
        sim.v5Install(serverId("ds-101"), "TempleOS", "a", "a").xpath("/doc/error/@object"));
    var json = sim.v5As("admin:wrong", "server", "out", "json").json();
    assertEquals("auth", json.getJsonObject("doc").getJsonObject("error").getString("$type"));
  }

  @Test
  void sessionsWorkLikeAuthinfo() {
    var auth =
        sim.send(
            java.net.http.HttpRequest.newBuilder(
                sim.base.resolve(
                    "/dcimgr?func=auth&username=admin&password=" + SimClient.ADMIN_PASSWORD)));
    String session = auth.xpath("/doc/auth").get(0);
    assertEquals(List.of(session), auth.xpath("/doc/auth/@id"));
    var servers =
        sim.send(
            java.net.http.HttpRequest.newBuilder(
                sim.base.resolve("/manager/dcimgr?func=server&auth=" + session)));
    assertEquals(13, servers.xpath("//elem/id").size());
  }

  private static void ok(SimClient.Answer answer) {
    assertEquals(List.of(""), answer.xpath("/doc/ok"), answer::body);
  }

  private static void awaitInstalled(String server) {
    long deadline = System.currentTimeMillis() + 5_000;
    while (!sim.v5("server").xpath("//elem[id='" + server + "']/install_in_progress").isEmpty()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("install did not finish");
      }
      Thread.onSpinWait();
    }
  }
}
