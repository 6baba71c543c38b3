package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metalcart.dcim.SimulatorControl;
import org.metalcart.it.clock.TravellingClock;

/**
 * The nightly jobs through the API against the simulator: renewal invoices issued once and paid
 * once, expiry blocking with its exemption and safety threshold, release of unpaid servers after
 * the release days (the application's clock is moved by the test), dry runs, and one run of a job
 * at a time. The services of each test use a plan and servers of their own; the jobs act on every
 * service, so each test looks only at its own.
 */
// FreshDatabase first: it empties the database before Arquillian starts Payara Micro.
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobsIT {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  private static final String INVENTORY =
      TestInventory.of(
          """
          {"name": "safety-1", "configuration": "cfg-safety", "type": "J1"},
          {"name": "safety-2", "configuration": "cfg-safety", "type": "J1"},
          {"name": "renew-1", "configuration": "cfg-renew", "type": "J1"},
          {"name": "block-1", "configuration": "cfg-block", "type": "J1"},
          {"name": "block-2", "configuration": "cfg-block", "type": "J1"},
          {"name": "block-3", "configuration": "cfg-block", "type": "J1"},
          {"name": "release-1", "configuration": "cfg-release", "type": "J1"},
          {"name": "release-busy-1", "configuration": "cfg-release-busy", "type": "J1"},
          {"name": "dry-1", "configuration": "cfg-dry", "type": "J1"},
          {"name": "once-1", "configuration": "cfg-once", "type": "J1"},
          {"name": "race-1", "configuration": "cfg-race", "type": "J1"}
          """);

  /** The application as the run command deploys it, plus the clock the tests move. */
  @Deployment(testable = false)
  static WebArchive metalcart() {
    return DeployedMetalcart.metalcart().addPackage(TravellingClock.class.getPackage());
  }

  @ArquillianResource URL deployment;

  private Api api;
  private Shop shop;

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(INVENTORY);
  }

  @BeforeEach
  void connect() {
    api = new Api(deployment);
    shop = new Shop(api);
  }

  @AfterEach
  void backToNow() {
    travel(Duration.ZERO);
    SIMULATOR.clearFaults();
  }

  @Test
  @Order(1)
  void expiryStopsBeforeBlockingAnUnusualShareOfActiveServicesUnlessForced() {
    // The first test: these two are the only active services, so blocking one is 50 %.
    long product = shop.product("cfg-safety", "");
    long overdue = activeService(product);
    activeService(product);
    due(overdue, today().minusDays(3));

    JsonObject stopped = run("expiry-block", "{}");
    assertEquals("STOPPED", stopped.getString("status"), stopped::toString);
    assertTrue(
        stopped.getString("reason").contains("safety threshold of 10.0 %"), stopped::toString);
    assertEquals(0, stopped.getJsonObject("counts").getInt("acted"));
    assertEquals("ACTIVE", shop.service(overdue).getString("status"));
    assertFalse(serverOf(overdue).getBoolean("blocked"), "nothing was blocked");

    JsonObject forced = run("expiry-block", "{\"force\": true}");
    assertEquals("COMPLETED", forced.getString("status"), forced::toString);
    assertTrue(forced.getString("reason").contains("forced by it-admin"), forced::toString);
    assertEquals("DONE", outcomeOf(forced, overdue).orElseThrow().getString("outcome"));
    assertEquals("OVERDUE", shop.service(overdue).getString("suspendReason"));
    assertTrue(serverOf(overdue).getBoolean("blocked"), "blocked in DCImanager");
  }

  @Test
  @Order(2)
  void aRenewalPaidWhileTheBlockIsOnItsWayUnblocksTheServerRightAfterIt() {
    // Second: no other ACTIVE service is overdue, so the hanging block is this service's.
    long product = shop.product("cfg-race", "");
    long service = activeService(product);
    due(service, today().minusDays(1));
    run("renewal-invoices", "{}");
    JsonObject invoice = renewalInvoicesOf(service).get(0);
    String block = "v6:POST /dci/v3/server/{id}/block";
    long blocks = SIMULATOR.callsOf(block);
    SIMULATOR.faults("{\"hang\": {\"function\": \"" + block + "\", \"count\": 1, \"seconds\": 3}}");

    Api.Reply started = api.post("jobs/expiry-block/runs", Api.ADMIN, "{\"force\": true}");
    assertEquals(202, started.status(), started::toString);
    Shop.await(() -> SIMULATOR.callsOf(block), calls -> calls > blocks, "the block on its way");
    Api.Reply paid =
        shop.pay(
            Api.ADMIN,
            invoice.getInt("id"),
            "tx-" + Api.unique(),
            invoice.getJsonNumber("total").toString());
    assertEquals(201, paid.status(), paid::toString);

    awaitIdle("expiry-block");
    JsonObject renewed = shop.awaitService(service, inStatus("ACTIVE"));
    assertEquals(today().minusDays(1).plusMonths(1).toString(), renewed.getString("nextDueDate"));
    assertFalse(serverOf(service).getBoolean("blocked"), "unblocked after the block landed");
    assertEquals(1, shop.historyOf(service, "SUSPENDED"));
    assertEquals(2, shop.historyOf(service, "ACTIVE"), "provisioned, then renewed");
  }

  @Test
  void aRenewalIsInvoicedOnceAndRenewsOnceFromTheOldDueDateUnderRacingCallbacksAndRuns()
      throws Exception {
    long product = shop.product("cfg-renew", "");
    long service = activeService(product);
    LocalDate oldDue = today().plusDays(10);
    due(service, oldDue);

    JsonObject first = run("renewal-invoices", "{}");
    JsonObject issued = outcomeOf(first, service).orElseThrow();
    assertEquals("DONE", issued.getString("outcome"), issued::toString);
    JsonObject second = run("renewal-invoices", "{}");
    assertEquals(Optional.empty(), outcomeOf(second, service), "invoiced once");
    List<JsonObject> renewals = renewalInvoicesOf(service);
    assertEquals(1, renewals.size(), renewals::toString);
    JsonObject invoice = renewals.get(0);
    assertEquals(oldDue.toString(), invoice.getString("dueDate"));

    // The client is reminded before the block: the reminder waits in the queue till its day.
    long client = shop.service(service).getJsonNumber("clientId").longValue();
    JsonObject reminder = reminderOf(client);
    assertEquals("QUEUED", reminder.getString("status"), reminder::toString);
    assertTrue(
        reminder.getString("subject").endsWith("will be blocked on " + oldDue.plusDays(1)),
        reminder::toString);
    Instant remindAt = Instant.parse(reminder.getString("dueAt"));
    assertTrue(
        remindAt.isAfter(oldDue.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant())
            && remindAt.isBefore(oldDue.atStartOfDay(ZoneOffset.UTC).toInstant()),
        "three days before the block: " + remindAt);

    // The gateway calls back four times with one transaction while two runs of the job start.
    String transaction = "tx-" + Api.unique();
    String amount = invoice.getJsonNumber("total").toString();
    List<Callable<Integer>> racers = new ArrayList<>();
    CyclicBarrier start = new CyclicBarrier(6);
    for (int i = 0; i < 4; i++) {
      racers.add(
          () -> {
            start.await();
            return shop.pay(Api.ADMIN, invoice.getInt("id"), transaction, amount).status();
          });
    }
    for (int i = 0; i < 2; i++) {
      racers.add(
          () -> {
            start.await();
            return api.post("jobs/renewal-invoices/runs", Api.ADMIN, "{}").status();
          });
    }
    List<Integer> statuses = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(racers.size());
    try {
      for (Future<Integer> answer : pool.invokeAll(racers)) {
        statuses.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        1, statuses.subList(0, 4).stream().filter(s -> s == 201).count(), statuses::toString);
    assertTrue(
        statuses.subList(0, 4).stream().allMatch(s -> s == 201 || s == 200), statuses::toString);
    awaitIdle("renewal-invoices");

    JsonObject renewed = shop.service(service);
    assertEquals(oldDue.plusMonths(1).toString(), renewed.getString("nextDueDate"));
    assertEquals(1, shop.historyOf(service, "RENEWED"), "renewed once");
    assertEquals(1, renewalInvoicesOf(service).size(), "the next period is not due yet");

    // Paid before its day, the reminder is not sent when the day comes.
    travel(Duration.ofDays(9));
    JsonObject skipped =
        Shop.await(
            () -> reminderOf(client),
            mail -> mail.getString("status").equals("SKIPPED"),
            "the reminder skipped");
    assertTrue(skipped.getString("lastError").contains("was paid"), skipped::toString);
  }

  private JsonObject reminderOf(long client) {
    return api.get("clients/" + client + "/emails", Api.ADMIN).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(mail -> mail.getString("template").equals("overdue-reminder"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no overdue reminder for client " + client));
  }

  @Test
  void expiryBlocksOverdueServicesButNotExemptOnesAndPayingLiftsOnlyANonPaymentBlock() {
    long product = shop.product("cfg-block", "");
    long overdue = activeService(product);
    long exempt = activeService(product);
    long abuse = activeService(product);
    LocalDate due = today().minusDays(2);
    for (long service : List.of(overdue, exempt, abuse)) {
      due(service, due);
    }
    Api.Reply exemption =
        api.patch(
            "services/" + exempt,
            Api.ADMIN,
            "{\"autoSuspendExemptUntil\": \"" + today().plusDays(3) + "\"}");
    assertEquals(200, exemption.status(), exemption::toString);
    Api.Reply suspended =
        api.post(
            "services/" + abuse + "/commands/suspend", Api.ADMIN, "{\"reason\": \"abuse #4711\"}");
    assertEquals(200, suspended.status(), suspended::toString);

    JsonObject blocking = run("expiry-block", "{\"force\": true}");
    assertEquals("DONE", outcomeOf(blocking, overdue).orElseThrow().getString("outcome"));
    JsonObject passed = outcomeOf(blocking, exempt).orElseThrow();
    assertEquals("SKIPPED", passed.getString("outcome"));
    assertTrue(passed.getString("detail").contains("exempt"), passed::toString);
    assertEquals(Optional.empty(), outcomeOf(blocking, abuse), "not active: left alone");
    assertEquals("SUSPENDED", shop.service(overdue).getString("status"));
    assertEquals("ACTIVE", shop.service(exempt).getString("status"));
    assertTrue(serverOf(overdue).getBoolean("blocked"));

    // Both suspended services get their renewal invoice; paying lifts only the non-payment block.
    run("renewal-invoices", "{}");
    for (long service : List.of(overdue, abuse)) {
      JsonObject invoice = renewalInvoicesOf(service).get(0);
      assertEquals(due.toString(), invoice.getString("dueDate"));
      shop.pay(
          Api.ADMIN,
          invoice.getInt("id"),
          "tx-" + Api.unique(),
          invoice.getJsonNumber("total").toString());
    }
    JsonObject lifted = shop.awaitService(overdue, inStatus("ACTIVE"));
    assertEquals(due.plusMonths(1).toString(), lifted.getString("nextDueDate"));
    assertFalse(serverOf(overdue).getBoolean("blocked"), "unblocked in DCImanager");
    JsonObject stillSuspended = shop.service(abuse);
    assertEquals("SUSPENDED", stillSuspended.getString("status"));
    assertEquals("abuse #4711", stillSuspended.getString("suspendReason"));
    assertEquals(due.plusMonths(1).toString(), stillSuspended.getString("nextDueDate"));
    assertTrue(serverOf(abuse).getBoolean("blocked"));
  }

  @Test
  void anUnpaidServerIsReleasedAfterTheReleaseDaysAndSoldAgain() {
    long product = shop.product("cfg-release", ", \"ipv4Count\": 1");
    int addressesBefore = SIMULATOR.poolUsage("public");
    long service = activeService(product);
    String serverName = shop.service(service).getString("serverName");
    due(service, today().minusDays(1));
    run("renewal-invoices", "{}");
    long renewal = renewalInvoicesOf(service).get(0).getInt("id");
    run("expiry-block", "{\"force\": true}");
    assertEquals("SUSPENDED", shop.service(service).getString("status"));

    travel(Duration.ofDays(14).minusHours(1));
    JsonObject early = run("release-unpaid", "{}");
    assertEquals(Optional.empty(), outcomeOf(early, service), "13 days 23 hours: kept");

    travel(Duration.ofDays(14).plusHours(1));
    JsonObject release = run("release-unpaid", "{}");
    assertEquals("DONE", outcomeOf(release, service).orElseThrow().getString("outcome"));
    assertEquals("TERMINATED", shop.service(service).getString("status"));
    JsonObject server = SIMULATOR.server(serverName);
    assertEquals(JsonValue.NULL, server.get("owner"), "Without an owner");
    assertEquals("free.ds", server.getString("domain"));
    assertFalse(server.getBoolean("blocked"));
    assertEquals(addressesBefore, SIMULATOR.poolUsage("public"), "its addresses went back");
    assertEquals("CANCELLED", api.get("invoices/" + renewal, Api.ADMIN).json().getString("status"));

    travel(Duration.ZERO);
    long resold = activeService(product);
    assertEquals(serverName, shop.service(resold).getString("serverName"), "sold again");
  }

  @Test
  void aReleaseWaitsWhileDcimanagerRunsAnOperationOnTheServer() {
    long product = shop.product("cfg-release-busy", "");
    long service = activeService(product);
    String serverName = shop.service(service).getString("serverName");
    due(service, today().minusDays(1));
    run("expiry-block", "{\"force\": true}");
    assertEquals("SUSPENDED", shop.service(service).getString("status"));
    SIMULATOR.server(serverName, "{\"diag_in_progress\": true}");

    travel(Duration.ofDays(14).plusHours(1));
    JsonObject release = run("release-unpaid", "{}");
    JsonObject outcome = outcomeOf(release, service).orElseThrow();
    assertEquals("DONE", outcome.getString("outcome"), outcome::toString);
    assertTrue(outcome.getString("detail").contains("diagnostics"), outcome::toString);
    JsonObject waiting = shop.service(service);
    assertEquals("SUSPENDED", waiting.getString("status"), "not released while diagnosed");
    assertTrue(waiting.getString("waitingFor").contains("diagnostics"), waiting::toString);
    assertTrue(SIMULATOR.server(serverName).getBoolean("blocked"), "nothing was changed");

    SIMULATOR.server(serverName, "{\"diag_in_progress\": false}");
    shop.awaitService(service, inStatus("TERMINATED"));
    assertEquals(JsonValue.NULL, SIMULATOR.server(serverName).get("owner"), "released then");
  }

  @Test
  void aDryRunListsWhatItWouldDoAndChangesNothing() {
    long product = shop.product("cfg-dry", "");
    long service = activeService(product);
    due(service, today().minusDays(1));
    long blocks = SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/block");

    JsonObject dry = run("expiry-block", "{\"dryRun\": true}");
    assertEquals("COMPLETED", dry.getString("status"), dry::toString);
    assertTrue(dry.getBoolean("dryRun"));
    JsonObject would = outcomeOf(dry, service).orElseThrow();
    assertEquals("WOULD", would.getString("outcome"));
    assertTrue(would.getString("detail").startsWith("would block"), would::toString);
    JsonObject invoices = run("renewal-invoices", "{\"dryRun\": true}");
    assertEquals("WOULD", outcomeOf(invoices, service).orElseThrow().getString("outcome"));

    assertEquals("ACTIVE", shop.service(service).getString("status"));
    assertEquals(blocks, SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/block"));
    assertEquals(List.of(), renewalInvoicesOf(service));
  }

  @Test
  void twoStartsOfOneJobNeverRunAtTheSameTime() throws Exception {
    long product = shop.product("cfg-once", "");
    long service = activeService(product);
    due(service, today().minusDays(1));
    SIMULATOR.faults("{\"latencyMs\": 400}");
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Api.Reply> starter =
        () -> {
          start.await();
          return api.post("jobs/expiry-block/runs", Api.ADMIN, "{\"force\": true}");
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Api.Reply> replies = new ArrayList<>();
    try {
      for (Future<Api.Reply> reply : pool.invokeAll(List.of(starter, starter))) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdownNow();
    }
    List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
    assertEquals(List.of(202, 409), statuses, replies::toString);
    Api.Reply accepted = replies.stream().filter(r -> r.status() == 202).findFirst().orElseThrow();
    assertTrue(accepted.json().containsKey("heldBy"), "the instance running it: " + accepted);
    Api.Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertTrue(refused.json().getString("detail").contains("running"), refused::toString);
    awaitIdle("expiry-block");
    assertEquals("SUSPENDED", shop.service(service).getString("status"));
  }

  // --- helpers

  private long activeService(long product) {
    long client = shop.client(Api.ADMIN);
    JsonObject order = shop.order(Api.ADMIN, client, product);
    assertEquals(
        201, shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00").status());
    return shop.awaitService(serviceOf(order), inStatus("ACTIVE")).getInt("id");
  }

  private void due(long service, LocalDate date) {
    Api.Reply edited =
        api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"" + date + "\"}");
    assertEquals(200, edited.status(), edited::toString);
  }

  /** Starts a run and waits for its end; returns it with its first 500 outcomes. */
  private JsonObject run(String job, String options) {
    Api.Reply started = api.post("jobs/" + job + "/runs", Api.ADMIN, options);
    assertEquals(202, started.status(), started::toString);
    int id = started.json().getInt("id");
    return Shop.await(
        () -> api.get("jobs/runs/" + id + "?limit=500", Api.ADMIN).json(),
        run -> !List.of("STARTING", "RUNNING").contains(run.getString("status")),
        job + " run " + id);
  }

  /** Waits until no run of {@code job} is going on. */
  private void awaitIdle(String job) {
    Shop.await(
        () -> api.get("jobs/runs?job=" + job, Api.ADMIN).json().getJsonArray("items"),
        runs ->
            runs.stream()
                .map(JsonValue::asJsonObject)
                .noneMatch(r -> List.of("STARTING", "RUNNING").contains(r.getString("status"))),
        "runs of " + job);
  }

  private static Optional<JsonObject> outcomeOf(JsonObject run, long service) {
    return run.getJsonObject("outcomes").getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getJsonNumber("serviceId").longValue() == service)
        .findFirst();
  }

  private List<JsonObject> renewalInvoicesOf(long service) {
    long client = shop.service(service).getJsonNumber("clientId").longValue();
    return api.get("invoices?clientId=" + client, Api.ADMIN).json().getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("kind").equals("RENEWAL"))
        .toList();
  }

  private JsonObject serverOf(long service) {
    String name = shop.service(service).getString("serverName");
    assertNotNull(name);
    return SIMULATOR.server(name);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private void travel(Duration offset) {
    Api.Reply moved = api.put("test/clock?offsetSeconds=" + offset.toSeconds(), Api.ADMIN);
    assertEquals(204, moved.status(), moved::toString);
  }
}
