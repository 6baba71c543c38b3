package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metalcart.dcim.SimulatorControl;

/**
 * The seed's flow on DCImanager 5 (the func API), where accounts are named by the client's
 * username: Metalcart configured for version 5 sells, provisions and terminates through the same
 * API as on version 6.
 */
@ExtendWith(FreshDatabase.EachTest.class)
class Dci5ProvisioningIT {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  private Process metalcart;

  @AfterEach
  void stop() {
    if (metalcart != null) {
      metalcart.destroyForcibly();
    }
  }

  @Test
  void firstSaleReturningClientAndTerminationOnDcimanager5() throws Exception {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "v5-1", "configuration": "cfg-v5", "type": "T"},
             {"name": "v5-2", "configuration": "cfg-v5", "type": "T"}
            """));
    int port = MicroProcess.freePort();
    metalcart =
        MicroProcess.start(
            Files.createTempDirectory(Path.of("target"), "v5-root"),
            port,
            Map.of(
                "METALCART_DCIM_API_VERSION",
                "v5",
                "METALCART_DCIM_USERNAME",
                "admin",
                // An installation may show the health checks' details; this one does.
                "METALCART_HEALTH_DETAILS",
                "true"));
    Api api = new Api(MicroProcess.url(port));
    JsonObject database = OperationsIT.check(api.server("health/ready"), "database");
    assertEquals(
        OperationsIT.newestMigration(),
        database.getJsonObject("data").getString("schemaVersion"),
        "the details, where configured");
    JsonObject choices = api.get("dcimanager/plan-choices", Api.ADMIN).json();
    assertEquals(
        List.of("T", "cfg-v5"),
        choices.getJsonArray("packageNames").getValuesAs(JsonString::getString),
        "Configurations and Server Types, sorted");
    assertTrue(!choices.containsKey("addressPools"), "DCImanager 5 lists no pools: " + choices);
    Shop shop = new Shop(api);
    long product = shop.product("cfg-v5", ", \"ipv4Count\": 1");
    long client = shop.client(Api.ADMIN);
    String username = api.get("clients/" + client, Api.ADMIN).json().getString("username");

    JsonObject first = shop.order(Api.ADMIN, client, product);
    shop.pay(Api.ADMIN, invoiceOf(first), "tx-" + Api.unique(), "138.00");
    JsonObject active = shop.awaitService(serviceOf(first), inStatus("ACTIVE"));
    assertEquals(username, active.getString("dcimAccount"), "DCImanager 5 names it by username");
    assertEquals(2, active.getJsonArray("ips").size());
    JsonObject server = SIMULATOR.server(active.getString("serverName"));
    assertEquals(active.getString("hostname"), server.getString("domain"));
    assertEquals(1, SIMULATOR.callsOf("v5:user.edit"), "the account was created once");

    JsonObject second = shop.order(Api.ADMIN, client, product);
    shop.pay(Api.ADMIN, invoiceOf(second), "tx-" + Api.unique(), "138.00");
    JsonObject next = shop.awaitService(serviceOf(second), inStatus("ACTIVE"));
    assertEquals(active.getString("dcimAccountId"), next.getString("dcimAccountId"));
    assertEquals(1, SIMULATOR.callsOf("v5:user.edit"), "and reused for the next order");

    serverControl(api, serviceOf(first), active.getString("serverName"), username);

    Api.Reply terminated =
        api.post("services/" + serviceOf(first) + "/commands/terminate", Api.ADMIN, "");
    assertEquals(200, terminated.status(), terminated::toString);
    JsonObject released = SIMULATOR.server(active.getString("serverName"));
    assertEquals(JsonValue.NULL, released.get("owner"));
    assertEquals("free.ds", released.getString("domain"));
    assertTrue(
        api.get("services/" + serviceOf(first) + "/log", Api.ADMIN).body().contains("v5:"),
        "the module log shows the func API's calls");
  }

  /**
   * The module's buttons on DCImanager 5: reboot and power through {@code server.reboot}, {@code
   * server.poweroff} and {@code server.poweron}; Change password through {@code user.edit} (after
   * which the account signs in to DCImanager with the new password and not the old one); Reinstall
   * OS through {@code server.operations}.
   */
  private static void serverControl(Api api, long service, String serverName, String username)
      throws Exception {
    String commands = "services/" + service + "/commands/";
    long reboots = SIMULATOR.callsOf("v5:server.reboot");
    assertEquals(200, api.post(commands + "reboot", Api.ADMIN, "").status());
    assertEquals(reboots + 1, SIMULATOR.callsOf("v5:server.reboot"));
    assertEquals(200, api.post(commands + "power-off", Api.ADMIN, "").status());
    assertEquals("off", SIMULATOR.server(serverName).getString("power_status"));
    assertEquals(200, api.post(commands + "power-on", Api.ADMIN, "").status());
    assertEquals("on", SIMULATOR.server(serverName).getString("power_status"));

    String panelPassword = "N3w-Panel-Passw0rd";
    Api.Reply changed =
        api.post(
            commands + "change-password", Api.ADMIN, "{\"password\": \"" + panelPassword + "\"}");
    assertEquals(200, changed.status(), changed::toString);
    assertTrue(signsIn(username, panelPassword), "the new password signs in to DCImanager");
    assertFalse(signsIn(username, Shop.PASSWORD), "the old one no longer does");

    long installs = SIMULATOR.callsOf("v5:server.operations");
    Api.Reply reinstall =
        api.post(
            commands + "reinstall",
            Api.ADMIN,
            "{\"template\": \"Ubuntu 24.04\", \"password\": \"N3w-Root-Passw0rd\"}");
    assertEquals(202, reinstall.status(), reinstall::toString);
    Shop.await(
        () -> api.get("services/" + service + "/history", Api.ADMIN).body(),
        h -> h.contains("REINSTALLED"),
        "the reinstall");
    assertEquals(installs + 1, SIMULATOR.callsOf("v5:server.operations"));
    String history = api.get("services/" + service + "/history", Api.ADMIN).body();
    for (String what : List.of("REBOOTED", "POWERED_OFF", "POWERED_ON", "PASSWORD_CHANGED")) {
      assertTrue(history.contains(what), () -> what + " in " + history);
    }
    String log = api.get("services/" + service + "/log", Api.ADMIN).body();
    assertFalse(log.contains(panelPassword), "no password in the module log");
  }

  /** Whether DCImanager 5 opens a session for the user with the password (func=auth). */
  private static boolean signsIn(String username, String password) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + System.getProperty("dcim.port") + "/dcimgr"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "func=auth&out=xml&username="
                                + URLEncoder.encode(username, StandardCharsets.UTF_8)
                                + "&password="
                                + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return answer.body().contains("<auth");
  }
}
