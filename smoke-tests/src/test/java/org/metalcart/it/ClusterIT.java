package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.metalcart.dcim.SimulatorControl;

/**
 * Two Metalcart instances on one PostgreSQL behind HAProxy, started by the cluster recipe
 * (server-config/cluster/micro-cluster.sh) as .ci/cluster does it. Sales go through the balancer,
 * duplicate payment callbacks race on both instances, the nightly jobs are started on both at once,
 * and an instance is killed with SIGKILL in the middle of provisioning and again in the middle of a
 * job run: the survivor finishes everything once the leases run out, no server is given twice or
 * leaked, no renewal is applied twice, and a member of staff signed in through the balancer stays
 * signed in when their instance dies.
 *
 * <p>{@code metalcart.url} is the balancer, {@code metalcart.instances} the instances' own
 * addresses (instance N at position N), {@code metalcart.cluster.script} the recipe's script.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl(System.getProperty("dcim.url"));
  private static final String BLOCK = "v6:POST /dci/v3/server/{id}/block";
  private static final int SERVERS = 20;
  private static final int ORDERS = 30;

  private static final ExecutorService THREADS = Executors.newFixedThreadPool(16);

  private final Cluster cluster = new Cluster();
  private final Api api = new Api(cluster.balancer());
  private final Shop shop = new Shop(api);

  /** The services sold by the first test, ACTIVE ones first; the later tests act on them. */
  private static final List<Long> active = new ArrayList<>();

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            IntStream.rangeClosed(1, SERVERS)
                .mapToObj(
                    i ->
                        "{\"name\": \"cl-%d\", \"configuration\": \"cfg-cluster\", \"type\": \"T\"}"
                            .formatted(i))
                .collect(Collectors.joining(","))));
    // Long enough that provisioning is still under way when an instance is killed.
    SIMULATOR.installSeconds(15);
  }

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  @Test
  @Order(1)
  void salesThroughTheBalancerSurviveAnInstanceKilledInTheMiddleOfProvisioning() throws Exception {
    ConsoleClient console = new ConsoleClient(cluster.balancer());
    HttpResponse<String> signedIn =
        console.signIn(FirstSaleInTheConsole.STAFF, FirstSaleInTheConsole.STAFF_PASSWORD, null);
    assertEquals(302, signedIn.statusCode(), signedIn::body);
    // The balancer keeps the session with its instance and names it in the cookie's value.
    String cookie = console.sessionCookie().orElseThrow().getValue();
    int consoleInstance = Integer.parseInt(cookie.replaceFirst("^metalcart-(\\d+)~.*", "$1"));
    Map<String, Long> requestsBefore = cluster.requestsPerInstance();

    long product = shop.product("cfg-cluster", ", \"ipv4Count\": 1");
    List<JsonObject> orders =
        all(
            IntStream.range(0, ORDERS)
                .<Callable<JsonObject>>mapToObj(
                    i -> () -> shop.order(Api.ADMIN, shop.client(Api.ADMIN), product))
                .toList());
    Map<String, Long> requestsAfter = cluster.requestsPerInstance();
    for (String instance : requestsAfter.keySet()) {
      assertTrue(
          requestsAfter.get(instance) - requestsBefore.getOrDefault(instance, 0L) >= ORDERS / 2,
          "the balancer shares the sales: " + requestsBefore + " -> " + requestsAfter);
    }

    // Every payment callback arrives twice, at both instances at the same moment.
    List<Api> instances = cluster.instances().stream().map(Api::new).toList();
    for (JsonObject order : orders) {
      String transaction = "tx-" + Api.unique();
      List<Integer> statuses =
          all(
                  instances.stream()
                      .<Callable<Api.Reply>>map(
                          at ->
                              () ->
                                  new Shop(at)
                                      .pay(Api.ADMIN, invoiceOf(order), transaction, "138.00"))
                      .toList())
              .stream()
              .map(Api.Reply::status)
              .sorted()
              .toList();
      assertEquals(List.of(200, 201), statuses, "recorded once, the repeat answered as such");
    }

    // In the middle of provisioning, the instance holding the console's session dies.
    Shop.await(this::activeCount, n -> n >= 1, "a first server set up", Duration.ofSeconds(90));
    long activeAtKill = activeCount();
    assertTrue(activeAtKill < SERVERS, "still provisioning at the kill: " + activeAtKill);
    // A page (and its form's view state) the instance made just before it died.
    HttpResponse<String> before = console.get("console/orders.xhtml");
    assertEquals(200, before.statusCode());
    cluster.kill(consoleInstance);

    HttpResponse<String> stillSignedIn = console.get("console/services.xhtml");
    assertEquals(200, stillSignedIn.statusCode(), "signed in after the instance died");
    assertTrue(stillSignedIn.body().contains("Sign out"), stillSignedIn.body());
    // The survivor takes the dead instance's form too: the view state lives in the session.
    Map<String, String> signOut = new LinkedHashMap<>();
    signOut.put("session", "session");
    signOut.put("session:sign-out", "Sign out");
    signOut.put("jakarta.faces.ViewState", ConsoleClient.viewState(before.body()));
    HttpResponse<String> out = console.post("console/orders.xhtml", signOut, console.origin());
    assertEquals(302, out.statusCode(), out::body);
    assertTrue(out.headers().firstValue("Location").orElseThrow().contains("signed-out=true"));
    assertEquals(302, console.get("console/services.xhtml").statusCode(), "signed out");

    // The survivor finishes: every free server given once, the rest wait.
    List<Long> services = orders.stream().map(Shop::serviceOf).toList();
    Shop.await(this::activeCount, n -> n == SERVERS, "all servers set up", Duration.ofSeconds(180));
    Set<String> servers = new HashSet<>();
    for (long service : services) {
      JsonObject s = shop.service(service);
      if (s.getString("status").equals("ACTIVE")) {
        active.add(service);
        assertTrue(servers.add(s.getString("serverName")), "server given twice: " + s);
        JsonObject server = SIMULATOR.server(s.getString("serverName"));
        String email =
            api.get("clients/" + s.getInt("clientId"), Api.ADMIN).json().getString("email");
        assertEquals(email, server.getString("owner_email"), "the server is its client's");
      } else {
        assertEquals("PENDING", s.getString("status"), s::toString);
        assertTrue(!s.containsKey("serverName"), "a waiting service holds no server: " + s);
      }
    }
    assertEquals(SERVERS, servers.size());
    long owned =
        SIMULATOR.state().getJsonArray("servers").stream()
            .map(JsonValue::asJsonObject)
            .filter(server -> !server.isNull("owner"))
            .count();
    assertEquals(SERVERS, owned, "no server leaked to an account without a service");

    cluster.restart(consoleInstance);
  }

  @Test
  @Order(2)
  void eachNightlyJobStartedOnBothInstancesAtOnceRunsOnceAndARenewalIsAppliedOnce()
      throws Exception {
    // One service falls due in three days: the renewal run invoices it.
    long service = active.get(0);
    LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(3);
    assertEquals(
        200,
        api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"" + due + "\"}").status());

    List<Api> instances = cluster.instances().stream().map(Api::new).toList();
    Map<String, Integer> runs = new HashMap<>();
    for (String job : List.of("renewal-invoices", "expiry-block", "release-unpaid")) {
      String body = job.equals("renewal-invoices") ? "{}" : "{\"dryRun\": true}";
      List<Api.Reply> replies =
          all(
              instances.stream()
                  .<Callable<Api.Reply>>map(
                      at -> () -> at.post("jobs/" + job + "/runs", Api.ADMIN, body))
                  .toList());
      List<Integer> statuses = replies.stream().map(Api.Reply::status).sorted().toList();
      List<Integer> accepted =
          replies.stream().filter(r -> r.status() == 202).map(r -> r.json().getInt("id")).toList();
      if (statuses.equals(List.of(202, 202))) {
        // One request reached its instance (a restarted one, slower) only after the other's run
        // had already ended: a second run after the first is allowed, one beside it is not.
        List<JsonObject> both =
            accepted.stream()
                .map(id -> awaitRun(id, Duration.ofSeconds(120)))
                .sorted(Comparator.comparing(r -> Instant.parse(r.getString("startedAt"))))
                .toList();
        Instant firstEnded = Instant.parse(both.get(0).getString("endedAt"));
        Instant secondStarted = Instant.parse(both.get(1).getString("startedAt"));
        assertTrue(!secondStarted.isBefore(firstEnded), job + " ran twice at once: " + both);
      } else {
        assertEquals(List.of(202, 409), statuses, job + ": " + replies);
      }
      runs.put(job, accepted.get(0));
    }
    for (Map.Entry<String, Integer> run : runs.entrySet()) {
      JsonObject finished = awaitRun(run.getValue(), Duration.ofSeconds(120));
      assertEquals("COMPLETED", finished.getString("status"), run.getKey() + ": " + finished);
    }

    long client = shop.service(service).getJsonNumber("clientId").longValue();
    List<JsonObject> renewals =
        api.get("invoices?clientId=" + client + "&status=UNPAID", Api.ADMIN).items().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertEquals(1, renewals.size(), "one renewal invoice: " + renewals);
    long renewal = renewals.get(0).getJsonNumber("id").longValue();
    String amount = renewals.get(0).getJsonNumber("total").bigDecimalValue().toPlainString();

    String transaction = "tx-" + Api.unique();
    List<Integer> paid =
        all(
                instances.stream()
                    .<Callable<Api.Reply>>map(
                        at -> () -> new Shop(at).pay(Api.ADMIN, renewal, transaction, amount))
                    .toList())
            .stream()
            .map(Api.Reply::status)
            .sorted()
            .toList();
    assertEquals(List.of(200, 201), paid);
    assertEquals(
        due.plusMonths(1).toString(),
        shop.service(service).getString("nextDueDate"),
        "the renewal moved the due date by one month, once");
  }

  @Test
  @Order(3)
  void aJobRunKilledWithItsInstanceIsFinishedByTheSurvivor() throws Exception {
    LocalDate overdue = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    for (long service : active) {
      Api.Reply patched =
          api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"" + overdue + "\"}");
      assertEquals(200, patched.status(), patched::toString);
    }
    SIMULATOR.clearCalls();
    // Slow blocks, so that the run is in the middle when its instance dies.
    SIMULATOR.faults("{\"latencyMs\": 400}");
    Api first = new Api(cluster.instances().get(0));
    Api.Reply started = first.post("jobs/expiry-block/runs", Api.ADMIN, "{\"force\": true}");
    assertEquals(202, started.status(), started::toString);
    int run = started.json().getInt("id");
    Shop.await(() -> SIMULATOR.callsOf(BLOCK), calls -> calls >= 2, "the first blocks");
    String holder = api.get("jobs/runs/" + run, Api.ADMIN).json().getString("heldBy");
    assertTrue(holder.startsWith("metalcart-1/"), holder);
    cluster.kill(1);
    SIMULATOR.clearFaults();

    JsonObject finished = awaitRun(run, Duration.ofSeconds(180));
    assertEquals("COMPLETED", finished.getString("status"), finished::toString);
    JsonObject counts = finished.getJsonObject("counts");
    assertEquals(active.size(), counts.getInt("acted"), finished::toString);
    assertEquals(0, counts.getInt("failed"), finished::toString);
    for (long service : active) {
      JsonObject blocked =
          shop.awaitService(service, inStatus("SUSPENDED"), Duration.ofSeconds(120));
      assertTrue(SIMULATOR.server(blocked.getString("serverName")).getBoolean("blocked"));
      assertEquals(
          1, shop.historyOf(service, "SUSPENDED"), "service " + service + " suspended once");
    }
    assertNotEquals(holder, api.get("jobs/runs/" + run, Api.ADMIN).json().getString("heldBy", ""));
  }

  private long activeCount() {
    return api.get("services?status=ACTIVE&limit=1", Api.ADMIN)
        .json()
        .getJsonNumber("total")
        .longValue();
  }

  private JsonObject awaitRun(int run, Duration patience) {
    return Shop.await(
        () -> api.get("jobs/runs/" + run + "?limit=500", Api.ADMIN).json(),
        r -> !List.of("STARTING", "RUNNING").contains(r.getString("status")),
        "job run " + run,
        patience);
  }

  /** Runs the calls at once and answers their results in order. */
  private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
    List<Future<T>> futures = THREADS.invokeAll(calls);
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }

  /** The recipe's instances, balancer and script, as the stage started them. */
  private static final class Cluster {

    URL balancer() {
      return url(System.getProperty("metalcart.url"));
    }

    List<URL> instances() {
      return List.of(System.getProperty("metalcart.instances").split(",")).stream()
          .map(Cluster::url)
          .toList();
    }

    void kill(int instance) throws Exception {
      script("kill", String.valueOf(instance));
    }

    void restart(int instance) throws Exception {
      script("restart", String.valueOf(instance));
    }

    /** Requests each instance has had from the balancer (HAProxy's status page, CSV). */
    Map<String, Long> requestsPerInstance() {
      Map<String, Long> requests = new HashMap<>();
      String csv = new Api(url(System.getProperty("metalcart.cluster.stats"))).page(";csv").body();
      for (String line : csv.split("\n")) {
        String[] fields = line.split(",");
        if (fields.length > 7
            && fields[0].equals("instances")
            && fields[1].startsWith("metalcart-")) {
          requests.put(fields[1], Long.parseLong(fields[7]));
        }
      }
      return requests;
    }

    private static void script(String... arguments) throws Exception {
      List<String> command =
          new ArrayList<>(List.of("bash", System.getProperty("metalcart.cluster.script")));
      command.addAll(List.of(arguments));
      Process process = new ProcessBuilder(command).inheritIO().start();
      assertEquals(0, process.waitFor(), String.join(" ", command));
    }

    private static URL url(String value) {
      try {
        return new URL(value.endsWith("/") ? value : value + "/");
      } catch (java.net.MalformedURLException e) {
        throw new IllegalArgumentException(value + " is not a URL", e);
      }
    }
  }
}
