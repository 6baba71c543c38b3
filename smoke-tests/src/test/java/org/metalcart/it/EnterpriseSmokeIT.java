package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/**
 * The smoke suite against the EAR on a full server (Payara Server or WildFly) with PostgreSQL and
 * the DCImanager simulator, as .ci/smoke deploys them: ready, a sale to an Active server, and a dry
 * run of the nightly block. {@code metalcart.url} is the application, {@code metalcart.health.url}
 * where the server serves MicroProfile Health (WildFly: its management port).
 */
class EnterpriseSmokeIT {

  private static final SimulatorControl SIMULATOR = SmokeInventory.SIMULATOR;

  private final Api api = new Api(url("metalcart.url"));
  private final Shop shop = new Shop(api);

  @BeforeAll
  static void inventory() {
    SmokeInventory.ensure();
  }

  @Test
  void readyWithItsSchemaMigratedOnPostgresql() {
    Api.Reply ready = new Api(url("metalcart.health.url")).server("health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"));
    JsonObject database =
        ready.json().getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check: " + ready));
    assertEquals("UP", database.getString("status"));
    assertTrue(
        !database.containsKey("data") || database.getJsonObject("data").isEmpty(),
        "no details unless configured: " + database);
  }

  @Test
  void theOpenApiDocumentIsMetalcartsOwnAndValid() {
    Api.Reply document = api.page("openapi");
    assertEquals(200, document.status(), document::toString);
    assertTrue(document.body().startsWith("---\nopenapi: 3.0.3"), document.body().substring(0, 40));
    assertTrue(document.body().contains("operationId: placeOrder"));
    assertFalse(document.body().contains("\nendpoints:"), "no key OpenAPI does not allow");
  }

  @Test
  void metricsNeedACredentialAndTheServersOwnAreNotPublic() {
    assertEquals(401, api.get("metrics", null).status());
    Api.Reply metrics = api.get("metrics", Api.ADMIN);
    assertEquals(200, metrics.status(), metrics::toString);
    assertTrue(metrics.body().contains("jvm_memory_used_bytes{area=\"heap\"} "), metrics.body());
    // Payara Server: closed by configure.sh; WildFly: not on the application's port at all.
    Api.Reply servers = api.page("metrics");
    assertNotEquals(200, servers.status(), servers::toString);
  }

  @Test
  void theWhmcsCompatibleApiAnswersOnTheFullServer() {
    long product = shop.product("cfg-smoke", "");
    WhmcsClient whmcs = new WhmcsClient(url("metalcart.url"));
    WhmcsClient.Answer products =
        whmcs.call(Api.ADMIN, "GetProducts", "pid", String.valueOf(product));
    assertEquals(200, products.status(), products::toString);
    assertEquals("success", products.result(), products::toString);
    assertEquals(
        "cfg-smoke",
        products
            .json()
            .getJsonObject("products")
            .getJsonArray("product")
            .getJsonObject(0)
            .getString("configoption1"));
    WhmcsClient.Answer refused =
        whmcs.call(new Api.Credential(Api.ADMIN.identifier(), "wrong"), "GetProducts");
    assertEquals(403, refused.status());
    assertEquals("Authentication Failed", refused.message());
  }

  @Test
  void aChangeIsInTheAuditTrailWithItsValuesBeforeAndAfter() {
    long product = shop.product("cfg-smoke", "");
    String renamed = "Smoke " + Api.unique();
    Api.Reply changed =
        api.patch("products/" + product, Api.ADMIN, "{\"name\": \"" + renamed + "\"}");
    assertEquals(200, changed.status(), changed::toString);
    Api.Reply trail =
        api.get("audit-entries?subject=Product&change=CHANGED&subjectId=" + product, Api.ADMIN);
    assertEquals(200, trail.status(), trail::toString);
    JsonObject entry = trail.json().getJsonArray("items").getJsonObject(0);
    assertEquals("changeProduct", entry.getString("action"), entry::toString);
    assertEquals(Api.ADMIN.identifier(), entry.getString("actor"));
    assertEquals(renamed, entry.getJsonObject("after").getString("name"));
    assertTrue(entry.getJsonObject("before").getString("name").startsWith("Plan cfg-smoke"));
  }

  @Test
  void aPaidOrderBecomesAnActiveServerAndTheBlockDryRunChangesNothing() {
    long product = shop.product("cfg-smoke", ", \"ipv4Count\": 1");
    long client = shop.client(Api.ADMIN);
    JsonObject order = shop.order(Api.ADMIN, client, product);
    Api.Reply paid = shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    assertEquals(201, paid.status(), paid::toString);

    JsonObject active = shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
    JsonObject server = SIMULATOR.server(active.getString("serverName"));
    String email = api.get("clients/" + client, Api.ADMIN).json().getString("email");
    assertEquals(email, server.getString("owner_email"), "the server belongs to the client");
    assertEquals(active.getString("hostname"), server.getString("domain"));

    // Overdue since yesterday: the block would take it, but a dry run only says so.
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    Api.Reply due =
        api.patch(
            "services/" + serviceOf(order), Api.ADMIN, "{\"nextDueDate\": \"" + yesterday + "\"}");
    assertEquals(200, due.status(), due::toString);
    Api.Reply started = api.post("jobs/expiry-block/runs", Api.ADMIN, "{\"dryRun\": true}");
    assertEquals(202, started.status(), started::toString);
    int id = started.json().getInt("id");
    JsonObject run =
        Shop.await(
            () -> api.get("jobs/runs/" + id + "?limit=500", Api.ADMIN).json(),
            r -> !List.of("STARTING", "RUNNING").contains(r.getString("status")),
            "expiry-block dry run " + id);
    assertEquals("COMPLETED", run.getString("status"), run::toString);
    assertTrue(run.getBoolean("dryRun"));
    JsonObject outcome =
        run.getJsonObject("outcomes").getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getJsonNumber("serviceId").longValue() == serviceOf(order))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no outcome for the service: " + run));
    assertEquals("WOULD", outcome.getString("outcome"));
    assertEquals("ACTIVE", shop.service(serviceOf(order)).getString("status"));
    assertFalse(
        SIMULATOR.server(active.getString("serverName")).getBoolean("blocked"),
        "a dry run blocks nothing in DCImanager");
  }

  private static URL url(String property) {
    try {
      return new URL(System.getProperty(property));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(property + " is not a URL", e);
    }
  }
}
