package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
