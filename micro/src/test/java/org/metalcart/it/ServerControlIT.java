package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Problems.assertProblem;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/**
 * Running a sold server from Metalcart on DCImanager 6 (the simulator): Reboot, Power off and on,
 * Reinstall OS and Change password, each through the API, in the module log and the service
 * history, refused where it makes no sense, and open to the cart that sold the service (for its
 * customer's portal) but to no other cart. DCImanager 5's side is in Dci5ProvisioningIT.
 */
class ServerControlIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  private static final String NEW_ROOT = "N3w-Root-Passw0rd";

  private Shop shop;

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "ctl-1", "configuration": "cfg-ctl", "type": "T"},
            {"name": "ctl-2", "configuration": "cfg-ctl", "type": "T"},
            {"name": "ctl-3", "configuration": "cfg-ctl", "type": "T"},
            {"name": "ctl-4", "configuration": "cfg-ctl", "type": "T"},
            {"name": "ctl-5", "configuration": "cfg-ctl", "type": "T"},
            {"name": "ctl-6", "configuration": "cfg-ctl", "type": "T"},
            {"name": "ctl-7", "configuration": "cfg-ctl", "type": "T"}
            """));
  }

  @BeforeEach
  void shop() {
    shop = new Shop(api);
    SIMULATOR.installSeconds(0.5);
  }

  /** An Active service sold by {@code cart}: its id and its server's name. */
  private JsonObject activeService(Api.Credential cart, long product) {
    long client = shop.client(cart);
    JsonObject order = shop.order(cart, client, product);
    assertEquals(201, shop.pay(cart, invoiceOf(order), "tx-" + Api.unique(), "138.00").status());
    return shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
  }

  private Api.Reply command(long service, String command, Api.Credential as, String body) {
    return api.post("services/" + service + "/commands/" + command, as, body);
  }

  private String historyText(long service) {
    return api.get("services/" + service + "/history", Api.ADMIN).body();
  }

  @Test
  void rebootAndPowerActOnTheServerAndAreRecorded() {
    long product = shop.product("cfg-ctl", "");
    JsonObject active = activeService(Api.ADMIN, product);
    long id = active.getJsonNumber("id").longValue();
    String server = active.getString("serverName");
    long resets = SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/power_reset");

    Api.Reply rebooted = command(id, "reboot", Api.ADMIN, "");
    assertEquals(200, rebooted.status(), rebooted::toString);
    assertTrue(rebooted.json().getBoolean("done"));
    assertEquals(resets + 1, SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/power_reset"));

    Api.Reply off = command(id, "power-off", Api.ADMIN, "");
    assertEquals(200, off.status(), off::toString);
    assertEquals("off", SIMULATOR.server(server).getString("power_status"));
    Api.Reply on = command(id, "power-on", Api.ADMIN, "");
    assertEquals(200, on.status(), on::toString);
    assertEquals("on", SIMULATOR.server(server).getString("power_status"));

    String history = historyText(id);
    for (String what : List.of("REBOOTED", "POWERED_OFF", "POWERED_ON")) {
      assertTrue(history.contains(what), () -> what + " in the history: " + history);
    }
    String log = api.get("services/" + id + "/log", Api.ADMIN).body();
    assertTrue(log.contains("power_reset") && log.contains("power_off"), log);
    assertEquals("ACTIVE", shop.service(id).getString("status"), "power changes no status");
  }

  @Test
  void aSuspendedServerIsNeitherPoweredNorReinstalled() {
    long product = shop.product("cfg-ctl", "");
    long id = activeService(Api.ADMIN, product).getJsonNumber("id").longValue();
    assertEquals(200, command(id, "suspend", Api.ADMIN, "{\"reason\": \"abuse report\"}").status());

    for (String refused : List.of("power-on", "power-off", "reboot")) {
      JsonObject problem = assertProblem(command(id, refused, Api.ADMIN, ""), 409, "conflict");
      assertTrue(problem.getString("detail").contains("SUSPENDED"), problem::toString);
    }
    assertProblem(
        command(
            id,
            "reinstall",
            Api.ADMIN,
            "{\"template\": \"Ubuntu 24.04\", \"password\": \"" + NEW_ROOT + "\"}"),
        409,
        "conflict");
    assertEquals(200, command(id, "unsuspend", Api.ADMIN, "").status());
  }

  @Test
  void reinstallInstallsTheChosenTemplateWithANewPasswordThatIsNeverShown() {
    long product = shop.product("cfg-ctl", "");
    JsonObject active = activeService(Api.ADMIN, product);
    long id = active.getJsonNumber("id").longValue();
    String server = active.getString("serverName");

    Api.Reply templates = api.get("dcimanager/os-templates", Api.ADMIN);
    assertEquals(200, templates.status(), templates::toString);
    assertTrue(templates.body().contains("Ubuntu 24.04"), templates::toString);

    assertInvalidField(
        command(
            id,
            "reinstall",
            Api.ADMIN,
            "{\"template\": \"Plan 9\", \"password\": \"" + NEW_ROOT + "\"}"),
        "template");
    assertInvalidField(
        command(
            id,
            "reinstall",
            Api.ADMIN,
            "{\"template\": \"Ubuntu 24.04\", \"password\": \"short\"}"),
        "password");

    Api.Reply queued =
        command(
            id,
            "reinstall",
            Api.ADMIN,
            "{\"template\": \"Ubuntu 24.04\", \"password\": \"" + NEW_ROOT + "\"}");
    assertEquals(202, queued.status(), queued::toString);
    Shop.await(() -> historyText(id), h -> h.contains("REINSTALLED"), "the reinstall of " + id);

    JsonObject reinstalled = SIMULATOR.server(server);
    assertEquals("Ubuntu 24.04", reinstalled.getJsonObject("os_template").getString("name"));
    assertEquals("ACTIVE", shop.service(id).getString("status"));
    String log = api.get("services/" + id + "/log", Api.ADMIN).body();
    assertTrue(log.contains("operation/install"), log);
    assertFalse(log.contains(NEW_ROOT), "the root password is never in the module log");
    assertFalse(shop.service(id).toString().contains(NEW_ROOT));
  }

  @Test
  void aPanelLoginLinkSignsTheClientInOnceAndIsNeitherCachedNorRecorded() throws Exception {
    long product = shop.product("cfg-ctl", "");
    JsonObject active = activeService(Api.ADMIN, product);
    long id = active.getJsonNumber("id").longValue();

    Api.Reply made = api.post("services/" + id + "/panel-login", Api.ADMIN, "");
    assertEquals(200, made.status(), made::toString);
    assertEquals("no-store", made.raw().headers().firstValue("Cache-Control").orElse(""));
    String link = made.json().getString("url");
    assertEquals(3600, made.json().getInt("validForSeconds"));

    HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> panel =
        browser.send(
            HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, panel.statusCode(), panel::body);
    assertTrue(
        panel.body().contains("Signed in to DCImanager as " + active.getString("dcimAccount")),
        panel::body);
    assertTrue(panel.headers().firstValue("Set-Cookie").orElse("").startsWith("ses6="));
    HttpResponse<String> again =
        browser.send(
            HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, again.statusCode(), "the link works once");

    String key = link.substring(link.lastIndexOf('/') + 1);
    assertTrue(historyText(id).contains("PANEL_LOGIN"));
    assertFalse(historyText(id).contains(key), "the history never holds the link");
    String log = api.get("services/" + id + "/log", Api.ADMIN).body();
    assertTrue(log.contains("/key"), log);
    assertFalse(log.contains(key), "the module log never holds the key");
  }

  @Test
  void changePasswordIsRefusedOnDcimanager6WithTheReason() {
    long product = shop.product("cfg-ctl", "");
    long id = activeService(Api.ADMIN, product).getJsonNumber("id").longValue();

    JsonObject problem =
        assertProblem(
            command(id, "change-password", Api.ADMIN, "{\"password\": \"N3w-Panel-Passw0rd\"}"),
            409,
            "conflict");
    assertTrue(problem.getString("detail").contains("version 6"), problem::toString);
  }

  @Test
  void theCartThatSoldTheServiceRunsItsCustomersCommandsAndNoOtherCartDoes() {
    Api.Credential seller = api.newCart();
    Api.Credential other = api.newCart();
    long product = shop.product("cfg-ctl", "");
    long id = activeService(seller, product).getJsonNumber("id").longValue();

    assertEquals(200, command(id, "reboot", seller, "").status());
    assertEquals(200, api.post("services/" + id + "/panel-login", seller, "").status());
    assertProblem(command(id, "reboot", other, ""), 404, "not-found");
    assertProblem(api.post("services/" + id + "/panel-login", other, ""), 404, "not-found");
    assertProblem(
        command(id, "suspend", seller, "{\"reason\": \"the customer asked\"}"), 403, "forbidden");
    assertProblem(command(id, "terminate", seller, ""), 403, "forbidden");
    assertEquals("ACTIVE", shop.service(id).getString("status"));
  }
}
