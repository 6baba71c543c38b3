package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.failed;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/**
 * The seed's flow end to end: order, payment or acceptance, automated provisioning against the
 * DCImanager simulator (a real HTTP server; Metalcart speaks DCImanager 6 to it), and the module
 * commands. The inventory is made for this class: each test orders from a configuration of its own,
 * so the tests do not take each other's servers. Provisioning timings are shortened for the tests
 * in micro/pom.xml (install timeout 3 s, poll interval 0.2 s).
 */
class ProvisioningIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  private static final String INVENTORY =
      TestInventory.of(
          String.join(
                  "",
                  IntStream.rangeClosed(1, 10)
                      .mapToObj(
                          i ->
                              "{\"name\": \"race-"
                                  + i
                                  + "\", \"configuration\": \"cfg-race\", \"type\": \"T4\"},")
                      .toList())
              + """

         {"name": "seed-1", "configuration": "cfg-seed", "type": "T1"},
         {"name": "seed-2", "configuration": "cfg-seed", "type": "T1"},
         {"name": "ex-owned", "configuration": "cfg-excluded", "type": "T2", "owner": "other", "hostname": "x.example.net"},
         {"name": "ex-hw", "configuration": "cfg-excluded", "type": "T2", "hwproblem": true},
         {"name": "ex-diag", "configuration": "cfg-excluded", "type": "T2", "diag_in_progress": true},
         {"name": "ex-blocked", "configuration": "cfg-excluded", "type": "T2", "blocked": true},
         {"name": "ex-named", "configuration": "cfg-excluded", "type": "T2", "hostname": "reserved.example.net"},
         {"name": "by-type", "configuration": "refurbished", "type": "cfg-type"},
         {"name": "nowait-1", "configuration": "cfg-nowait", "type": "T3"},
         {"name": "slow-1", "configuration": "cfg-slow", "type": "T3"},
         {"name": "fail-1", "configuration": "cfg-fail", "type": "T3"},
         {"name": "accept-1", "configuration": "cfg-accept", "type": "T3"},
         {"name": "cmd-1", "configuration": "cfg-commands", "type": "T3"},
         {"name": "cancel-1", "configuration": "cfg-cancel", "type": "T3"},
         {"name": "metrics-1", "configuration": "cfg-metrics", "type": "T3"},
         {"name": "busy-1", "configuration": "cfg-busy", "type": "T5"},
         {"name": "stuck-1", "configuration": "cfg-stuck", "type": "T5"}
              """);

  private Shop shop;

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(INVENTORY);
  }

  @BeforeEach
  void shop() {
    shop = new Shop(api);
    SIMULATOR.installSeconds(0.5);
  }

  @Test
  void firstSaleCreatesTheAccountAndTheNextOrderOfTheClientReusesIt() {
    long product = shop.product("cfg-seed", ", \"ipv4Count\": 1");
    long client = shop.client(Api.ADMIN);
    long accountsBefore = SIMULATOR.callsOf("v6:POST /dci/v3/user");

    JsonObject first = shop.order(Api.ADMIN, client, product);
    assertEquals("PENDING", shop.service(serviceOf(first)).getString("status"));
    assertEquals(
        201, shop.pay(Api.ADMIN, invoiceOf(first), "tx-" + Api.unique(), "138.00").status());
    JsonObject active = shop.awaitService(serviceOf(first), inStatus("ACTIVE"));

    JsonObject server = SIMULATOR.server(active.getString("serverName"));
    String email = api.get("clients/" + client, Api.ADMIN).json().getString("email");
    assertEquals(email, active.getString("dcimAccount"));
    assertEquals(email, server.getString("owner_email"), "the server belongs to the client");
    assertEquals(active.getString("hostname"), server.getString("domain"));
    assertEquals(String.valueOf(server.getInt("id")), active.getString("serverId"));
    assertEquals(2, active.getJsonArray("ips").size(), "its main address and one ordered");
    assertEquals("ok", server.getJsonObject("operation").getString("status"), "OS installed");
    assertEquals(
        "ACTIVE", api.get("orders/" + first.getInt("id"), Api.ADMIN).json().getString("status"));
    assertEquals(accountsBefore + 1, SIMULATOR.callsOf("v6:POST /dci/v3/user"));

    JsonObject second = shop.order(Api.ADMIN, client, product);
    shop.pay(Api.ADMIN, invoiceOf(second), "tx-" + Api.unique(), "138.00");
    JsonObject next = shop.awaitService(serviceOf(second), inStatus("ACTIVE"));
    assertEquals(active.getString("dcimAccountId"), next.getString("dcimAccountId"));
    assertNotEquals(active.getString("serverId"), next.getString("serverId"));
    assertEquals(
        accountsBefore + 1,
        SIMULATOR.callsOf("v6:POST /dci/v3/user"),
        "a returning client's account is reused, not created again");
  }

  @Test
  void moduleLogRecordsEveryCallWithoutThePassword() {
    long product = shop.product("cfg-type", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    JsonObject active = shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
    assertEquals("by-type", active.getString("serverName"), "found by its Server Type");

    Api.Reply log = api.get("services/" + serviceOf(order) + "/log?limit=500", Api.ADMIN);
    assertEquals(200, log.status());
    List<String> functions =
        log.items().stream().map(e -> e.asJsonObject().getString("function")).toList();
    assertTrue(functions.contains("v6:POST /dci/v3/user"), functions::toString);
    assertTrue(functions.contains("v6:POST /dci/v3/server/{id}/owner"), functions::toString);
    assertTrue(functions.contains("v6:POST /dci/v3/server/{id}/operation/install"));
    assertFalse(log.body().contains(Shop.PASSWORD), "the server password never appears");
    assertFalse(log.body().contains("simulator-admin-pw"), "nor DCImanager's");
    log.items().forEach(e -> assertEquals("CREATE", e.asJsonObject().getString("command")));
    assertFalse(shop.service(serviceOf(order)).toString().contains(Shop.PASSWORD));
  }

  @Test
  void noFreeServerLeavesThePendingServiceWithTheReasonAndCreateTriesAgain() {
    long product = shop.product("cfg-excluded", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");

    JsonObject pending = shop.awaitService(serviceOf(order), failed());
    assertEquals("no free server of configuration cfg-excluded", pending.getString("lastError"));
    for (String name : List.of("ex-owned", "ex-hw", "ex-diag", "ex-blocked", "ex-named")) {
      assertNotEquals(
          api.get("clients/" + pending.getInt("clientId"), Api.ADMIN).json().getString("email"),
          SIMULATOR.server(name).get("owner_email").toString(),
          name + " is not free and was not taken");
    }

    SIMULATOR.server("ex-hw", "{\"hwproblem\": false}");
    Api.Reply create = api.post("services/" + serviceOf(order) + "/commands/create", Api.ADMIN, "");
    assertEquals(202, create.status(), create::toString);
    JsonObject active = shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
    assertEquals("ex-hw", active.getString("serverName"));
    assertFalse(active.containsKey("lastError"));
  }

  @Test
  void dontWaitTheOsInstallMakesTheServiceActiveOnceTheInstallStarted() {
    SIMULATOR.installSeconds(30);
    long product = shop.product("cfg-nowait", ", \"dontWaitOsInstall\": true");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");

    shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
    assertEquals(
        "in_progress",
        SIMULATOR.server("nowait-1").getJsonObject("operation").getString("status"),
        "Active while the install still runs");
  }

  @Test
  void anInstallThatOutlastsTheTimeoutLeavesThePendingServiceWithAnErrorUntilCreateLooksAgain() {
    // Well past the 3 s timeout of the tests, so that a slow machine still sees the timeout first.
    SIMULATOR.installSeconds(8);
    long product = shop.product("cfg-slow", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");

    JsonObject pending = shop.awaitService(serviceOf(order), failed());
    assertTrue(
        pending.getString("lastError").contains("has not completed within 3 s"), pending::toString);
    assertEquals("slow-1", pending.getString("serverName"), "the server stays with the service");

    Shop.await(
        () -> SIMULATOR.server("slow-1").getJsonObject("operation").getString("status"),
        "ok"::equals,
        "the install on slow-1");
    long installs = SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/operation/install");
    api.post("services/" + serviceOf(order) + "/commands/create", Api.ADMIN, "");
    shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
    assertEquals(
        installs,
        SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/operation/install"),
        "the completed install was recognised, not started again");
  }

  @Test
  void aFailedInstallLeavesThePendingServiceWithAnErrorAndCreateInstallsAgain() {
    SIMULATOR.server("fail-1", "{\"failNextInstall\": true}");
    long product = shop.product("cfg-fail", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");

    JsonObject pending = shop.awaitService(serviceOf(order), failed());
    assertTrue(pending.getString("lastError").contains("failed"), pending::toString);

    api.post("services/" + serviceOf(order) + "/commands/create", Api.ADMIN, "");
    JsonObject active = shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
    assertEquals("fail-1", active.getString("serverName"));
  }

  @Test
  void anAcceptedOrderIsProvisionedWithoutPayment() {
    long product = shop.product("cfg-accept", ", \"autoSetup\": \"ON_ACCEPT\"");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);

    Api.Reply accepted =
        api.post(
            "orders/" + order.getInt("id") + "/accept", Api.ADMIN, "{\"runModuleCreate\": true}");
    assertEquals(200, accepted.status(), accepted::toString);
    assertEquals("ACTIVE", accepted.json().getString("status"));
    shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
    assertEquals(
        "UNPAID", api.get("invoices/" + invoiceOf(order), Api.ADMIN).json().getString("status"));
  }

  @Test
  void suspendUnsuspendAndTerminateActOnTheServerAndAreLogged() {
    long product = shop.product("cfg-commands", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    long service = serviceOf(order);
    Api.Reply early =
        api.post("services/" + service + "/commands/suspend", Api.ADMIN, "{\"reason\": \"x\"}");
    assertEquals(409, early.status(), "a pending service cannot be suspended: " + early);

    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    shop.awaitService(service, inStatus("ACTIVE"));
    assertEquals(409, api.post("services/" + service + "/commands/create", Api.ADMIN, "").status());

    Api.Reply suspended =
        api.post(
            "services/" + service + "/commands/suspend", Api.ADMIN, "{\"reason\": \"abuse #1\"}");
    assertEquals(200, suspended.status(), suspended::toString);
    assertEquals("SUSPENDED", suspended.json().getJsonObject("service").getString("status"));
    assertEquals("abuse #1", shop.service(service).getString("suspendReason"));
    assertTrue(SIMULATOR.server("cmd-1").getBoolean("blocked"));
    assertEquals(
        409,
        api.post("services/" + service + "/commands/suspend", Api.ADMIN, "{\"reason\": \"again\"}")
            .status());

    Api.Reply unsuspended = api.post("services/" + service + "/commands/unsuspend", Api.ADMIN, "");
    assertEquals(200, unsuspended.status(), unsuspended::toString);
    assertEquals("ACTIVE", shop.service(service).getString("status"));
    assertFalse(SIMULATOR.server("cmd-1").getBoolean("blocked"));

    Api.Reply terminated = api.post("services/" + service + "/commands/terminate", Api.ADMIN, "");
    assertEquals(200, terminated.status(), terminated::toString);
    assertEquals("TERMINATED", shop.service(service).getString("status"));
    JsonObject server = SIMULATOR.server("cmd-1");
    assertEquals(JsonValue.NULL, server.get("owner"), "Without an owner");
    assertEquals("free.ds", server.getString("domain"));

    List<String> commands =
        api.get("services/" + service + "/log?limit=500", Api.ADMIN).items().stream()
            .map(e -> e.asJsonObject().getString("command"))
            .distinct()
            .toList();
    assertEquals(List.of("CREATE", "SUSPEND", "UNSUSPEND", "TERMINATE"), commands);
    List<String> history =
        api.get("services/" + service + "/history", Api.ADMIN).array().stream()
            .map(e -> e.asJsonObject().getString("what"))
            .toList();
    assertEquals(List.of("PENDING", "ACTIVE", "SUSPENDED", "ACTIVE", "TERMINATED"), history);
  }

  @Test
  void terminateRightAfterActiveWaitsForTheInstallAndTheServerIsNotResoldMeanwhile() {
    SIMULATOR.installSeconds(3);
    long product = shop.product("cfg-busy", ", \"dontWaitOsInstall\": true");
    JsonObject first = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(first), "tx-" + Api.unique(), "138.00");
    long firstService = serviceOf(first);
    shop.awaitService(firstService, inStatus("ACTIVE"));

    Api.Reply terminate =
        api.post("services/" + firstService + "/commands/terminate", Api.ADMIN, "");
    assertEquals(202, terminate.status(), "Terminate waits for the install: " + terminate);
    JsonObject waiting = shop.service(firstService);
    assertEquals("ACTIVE", waiting.getString("status"));
    assertTrue(waiting.getString("waitingFor").contains("operation"), "it says why: " + waiting);
    assertFalse(SIMULATOR.server("busy-1").isNull("owner"), "not released while it installs");

    // The next customer's order finds no free server while the first install runs.
    JsonObject second = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(second), "tx-" + Api.unique(), "138.00");
    JsonObject pending = shop.awaitService(serviceOf(second), failed());
    assertEquals("no free server of configuration cfg-busy", pending.getString("lastError"));

    JsonObject terminated =
        shop.awaitService(firstService, inStatus("TERMINATED"), java.time.Duration.ofSeconds(30));
    assertFalse(terminated.containsKey("waitingFor"), terminated::toString);
    assertEquals(
        "ok",
        SIMULATOR.server("busy-1").getJsonObject("operation").getString("status"),
        "released once the install had finished");
    List<String> history =
        api.get("services/" + firstService + "/history", Api.ADMIN).array().stream()
            .map(e -> e.asJsonObject().getString("what"))
            .toList();
    assertEquals(List.of("PENDING", "ACTIVE", "WAITING", "TERMINATED"), history);
    assertTrue(
        api.get("services/" + firstService + "/log?limit=500", Api.ADMIN).items().stream()
            .map(e -> e.asJsonObject())
            .anyMatch(
                e ->
                    e.getString("command").equals("TERMINATE")
                        && e.getString("function").equals("v6:GET /dci/v3/server/{id}")),
        "the module log shows Terminate looking at the server");

    long installs = SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/operation/install");
    api.post("services/" + serviceOf(second) + "/commands/create", Api.ADMIN, "");
    JsonObject resold = shop.awaitService(serviceOf(second), inStatus("ACTIVE"));
    assertEquals("busy-1", resold.getString("serverName"));
    assertEquals(
        installs + 1,
        SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/operation/install"),
        "the next customer's install was started, not refused");
  }

  @Test
  void terminateGivesUpWhenTheOperationOutlastsTheBusyWait() {
    // The tests wait at most 6 s (micro/pom.xml); this install runs far longer.
    SIMULATOR.installSeconds(60);
    long product = shop.product("cfg-stuck", ", \"dontWaitOsInstall\": true");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    long service = serviceOf(order);
    shop.awaitService(service, inStatus("ACTIVE"));

    assertEquals(
        202, api.post("services/" + service + "/commands/terminate", Api.ADMIN, "").status());
    JsonObject gaveUp =
        shop.awaitService(
            service, s -> s.containsKey("lastError"), java.time.Duration.ofSeconds(30));
    assertTrue(gaveUp.getString("lastError").startsWith("TERMINATE gave up"), gaveUp::toString);
    assertEquals("ACTIVE", gaveUp.getString("status"), "the service keeps its server");
    assertFalse(gaveUp.containsKey("waitingFor"));
    assertFalse(SIMULATOR.server("stuck-1").isNull("owner"), "and DCImanager too");
  }

  @Test
  void cancellingAProvisionedOrderReleasesItsServer() {
    long product = shop.product("cfg-cancel", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    shop.awaitService(serviceOf(order), inStatus("ACTIVE"));

    Api.Reply cancelled = api.post("orders/" + order.getInt("id") + "/cancel", Api.ADMIN, "");
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    shop.awaitService(serviceOf(order), inStatus("TERMINATED"));
    assertEquals("free.ds", SIMULATOR.server("cancel-1").getString("domain"));
    assertEquals(JsonValue.NULL, SIMULATOR.server("cancel-1").get("owner"));
  }

  @Test
  void metricsCountOrdersPaymentsProvisioningAndDcimCalls() {
    double orders = metric("metalcart_orders_placed_total ");
    double payments = metric("metalcart_payments_total ");
    double active = metric("metalcart_provisioning_total{outcome=\"active\"}");
    String ownerCalls =
        "metalcart_dcim_calls_total{function=\"v6:POST /dci/v3/server/{id}/owner\",outcome=\"OK\"}";
    double owners = metric(ownerCalls);

    long product = shop.product("cfg-metrics", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    shop.awaitService(serviceOf(order), inStatus("ACTIVE"));

    assertEquals(orders + 1, metric("metalcart_orders_placed_total "));
    assertEquals(payments + 1, metric("metalcart_payments_total "));
    assertEquals(active + 1, metric("metalcart_provisioning_total{outcome=\"active\"}"));
    assertEquals(owners + 1, metric(ownerCalls));
    double seconds = metric("metalcart_provisioning_duration_seconds_max ");
    assertTrue(seconds > 0 && seconds < 60, "provisioning took seconds, not " + seconds);
  }

  /** The value of the first line of the metrics that starts with {@code prefix}; 0 when absent. */
  private double metric(String prefix) {
    Api.Reply metrics = api.get("metrics", Api.ADMIN);
    assertEquals(200, metrics.status());
    return metrics
        .body()
        .lines()
        .filter(line -> line.startsWith(prefix))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(0);
  }

  @Test
  void twentyConcurrentPaidOrdersForTenFreeServersGetTenDistinctServers() throws Exception {
    long product = shop.product("cfg-race", ", \"dontWaitOsInstall\": true");
    List<JsonObject> orders = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      orders.add(shop.order(Api.ADMIN, shop.client(Api.ADMIN), product));
    }
    ExecutorService payers = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Integer>> payments =
          orders.stream()
              .<Callable<Integer>>map(
                  o ->
                      () ->
                          shop.pay(Api.ADMIN, invoiceOf(o), "tx-" + Api.unique(), "138.00")
                              .status())
              .toList();
      for (Future<Integer> paid : payers.invokeAll(payments)) {
        assertEquals(201, paid.get());
      }
    } finally {
      payers.shutdown();
    }

    Set<String> servers = new HashSet<>();
    int active = 0;
    int noFreeServer = 0;
    for (JsonObject order : orders) {
      JsonObject s = shop.awaitService(serviceOf(order), inStatus("ACTIVE").or(failed()));
      if (s.getString("status").equals("ACTIVE")) {
        active++;
        assertTrue(servers.add(s.getString("serverId")), "server given twice: " + s);
      } else {
        noFreeServer++;
        assertEquals("no free server of configuration cfg-race", s.getString("lastError"));
      }
    }
    assertEquals(10, active);
    assertEquals(10, noFreeServer);
    long owned =
        SIMULATOR.state().getJsonArray("servers").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> s.getString("configuration").equals("cfg-race"))
            .filter(s -> !s.isNull("owner"))
            .count();
    assertEquals(10, owned, "every server of the configuration is taken, each once");
  }
}
