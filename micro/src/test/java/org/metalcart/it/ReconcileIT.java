package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.failed;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/**
 * The reconcile job against the simulator: drift made the ways it happens (a server taken back by
 * hand, a server given by hand to a client's account, an address allocated and not attached because
 * DCImanager refused the attach, an install DCImanager forgot), found by a dry run, stopped by the
 * safety threshold, repaired where safe by a forced run, and reported where a person must decide.
 */
class ReconcileIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "rec-a", "configuration": "cfg-rec", "type": "R"},
            {"name": "rec-b", "configuration": "cfg-rec", "type": "R"},
            {"name": "rec-c", "configuration": "cfg-rec-stray", "type": "R"},
            {"name": "rec-o1", "configuration": "cfg-spare", "type": "R"},
            {"name": "rec-o2", "configuration": "cfg-spare", "type": "R"},
            {"name": "rec-o3", "configuration": "cfg-spare", "type": "R"}
            """));
  }

  @Test
  void driftIsFoundByADryRunAndRepairedWhereSafe() {
    Shop shop = new Shop(api);
    SIMULATOR.installSeconds(0.3);
    long plan = shop.product("cfg-rec", "");
    long a = activeService(shop, plan);
    long b = activeService(shop, plan);
    String accountA = shop.service(a).getString("dcimAccount");
    // Lost: b's server taken back in DCImanager by hand.
    SIMULATOR.server(shop.service(b).getString("serverName"), "{\"owner\": null}");
    // Unknown install: DCImanager forgot the install of a's server.
    SIMULATOR.server(shop.service(a).getString("serverName"), "{\"forgetOperations\": true}");
    // Orphans: three spare servers given by hand to a's account, which no service holds.
    for (String spare : List.of("rec-o1", "rec-o2", "rec-o3")) {
      SIMULATOR.server(spare, "{\"owner\": \"" + accountA + "\"}");
    }
    // Stray: DCImanager refuses to attach the address it allocated; the Create fails there.
    long strayPlan = shop.product("cfg-rec-stray", ", \"ipv4Count\": 1");
    int poolBefore = SIMULATOR.poolUsage("public");
    SIMULATOR.faults(
        "{\"fail\": {\"function\": \"v6:POST /dci/v3/server/{id}/ip\", \"count\": 1}}");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), strayPlan);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    shop.awaitService(serviceOf(order), failed());
    SIMULATOR.clearFaults();
    assertEquals(poolBefore + 1, SIMULATOR.poolUsage("public"), "an address left allocated");

    JsonObject dry = run("{}");
    assertEquals("COMPLETED", dry.getString("status"), dry::toString);
    assertTrue(dry.getBoolean("dryRun"), "reconcile is dry unless asked");
    Map<String, String> found = findings(dry);
    assertEquals(
        Map.of(
            "LOST_SERVER", "REPORTED",
            "ORPHAN_SERVER", "WOULD_REPAIR x3",
            "STRAY_ADDRESS", "WOULD_REPAIR",
            "UNKNOWN_INSTALL", "REPORTED"),
        found);
    assertEquals(accountA, SIMULATOR.server("rec-o1").getString("owner_email"), "dry: unchanged");

    JsonObject stopped = run("{\"dryRun\": false}");
    assertEquals("STOPPED", stopped.getString("status"), stopped::toString);
    assertTrue(stopped.getString("reason").contains("safety threshold"), stopped::toString);
    assertEquals(accountA, SIMULATOR.server("rec-o1").getString("owner_email"), "none released");

    JsonObject forced = run("{\"dryRun\": false, \"force\": true}");
    assertEquals("COMPLETED", forced.getString("status"), forced::toString);
    assertEquals(
        Map.of(
            "LOST_SERVER", "REPORTED",
            "ORPHAN_SERVER", "REPAIRED x3",
            "STRAY_ADDRESS", "REPAIRED",
            "UNKNOWN_INSTALL", "REPORTED"),
        findings(forced));
    for (String spare : List.of("rec-o1", "rec-o2", "rec-o3")) {
      JsonObject server = SIMULATOR.server(spare);
      assertEquals(JsonValue.NULL, server.get("owner"), spare + " released");
      assertEquals("free.ds", server.getString("domain"));
    }
    assertEquals(poolBefore, SIMULATOR.poolUsage("public"), "the stray address given back");
    assertEquals(4, forced.getJsonObject("counts").getInt("acted"));
    assertEquals(2, forced.getJsonObject("counts").getInt("skipped"));

    JsonObject after = run("{}");
    assertEquals(
        Map.of("LOST_SERVER", "REPORTED", "UNKNOWN_INSTALL", "REPORTED"),
        findings(after),
        "what a person must decide stays until they do");
    assertEquals("ACTIVE", shop.service(a).getString("status"), "no service was touched");
  }

  private long activeService(Shop shop, long plan) {
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), plan);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    return shop.awaitService(serviceOf(order), inStatus("ACTIVE")).getInt("id");
  }

  /** Starts a reconcile run and waits for its end. */
  private JsonObject run(String options) {
    Api.Reply started = api.post("jobs/reconcile/runs", Api.ADMIN, options);
    assertEquals(202, started.status(), started::toString);
    int id = started.json().getInt("id");
    return Shop.await(
        () -> api.get("jobs/runs/" + id, Api.ADMIN).json(),
        run -> !List.of("STARTING", "RUNNING").contains(run.getString("status")),
        "reconcile run " + id);
  }

  /** Kind to action (with a count when more than one) of the run's findings. */
  private Map<String, String> findings(JsonObject run) {
    Api.Reply page = api.get("jobs/runs/" + run.getInt("id") + "/findings?limit=500", Api.ADMIN);
    assertEquals(200, page.status(), page::toString);
    Map<String, List<String>> byKind = new TreeMap<>();
    for (JsonValue item : page.items()) {
      JsonObject finding = item.asJsonObject();
      byKind
          .computeIfAbsent(finding.getString("kind"), k -> new java.util.ArrayList<>())
          .add(finding.getString("action"));
    }
    Map<String, String> summary = new TreeMap<>();
    byKind.forEach(
        (kind, actions) -> {
          assertEquals(1, actions.stream().distinct().count(), kind + ": " + actions);
          summary.put(kind, actions.get(0) + (actions.size() > 1 ? " x" + actions.size() : ""));
        });
    return summary;
  }
}
