package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/**
 * The API against its own OpenAPI document, by requests generated from that document: valid ones
 * and ones broken in a documented way, for every operation, from a fixed seed. Every answer must
 * have a documented status and content type and a body valid against its schema; no answer may be a
 * 5xx or carry a stack trace; a broken request must be refused with a 4xx; and a refused write must
 * leave everything as it was.
 *
 * <p>{@code ./mvnw verify} sends {@value #DEFAULT_REQUESTS} requests with seed {@value
 * #DEFAULT_SEED}. A longer run, with another seed: {@code ./mvnw verify -pl micro
 * -Dit.test=ApiFuzzIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmetalcart.fuzz.requests=20000 -Dmetalcart.fuzz.seed=7}.
 */
class ApiFuzzIT extends DeployedMetalcart {

  static final int DEFAULT_REQUESTS = 600;
  static final long DEFAULT_SEED = 20261202;

  private static final Logger LOG = Logger.getLogger(ApiFuzzIT.class.getName());

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            String.join(
                ",",
                IntStream.rangeClosed(1, 40)
                    .mapToObj(i -> "{\"name\": \"fz-" + i + "\", \"configuration\": \"cfg-fuzz\"}")
                    .toList())));
    SIMULATOR.installSeconds(0.2);
  }

  @Test
  void everyAnswerIsOneTheDocumentAllows() {
    int requests = Integer.getInteger("metalcart.fuzz.requests", DEFAULT_REQUESTS);
    long seed = Long.getLong("metalcart.fuzz.seed", DEFAULT_SEED);
    ApiDocument document = new ApiDocument();
    List<ApiDocument.ApiOperation> operations = document.operations();
    Api.Credential cart = api.newCart();
    FuzzRequests.Known known = fixtures(cart);
    FuzzRequests generator = new FuzzRequests(document, known, Api.ADMIN, cart, seed);

    List<String> findings = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    Map<String, Integer> perOperation = new TreeMap<>();
    int valid = 0;
    for (int i = 0; i < requests; i++) {
      FuzzRequests.FuzzRequest request = generator.next(operations);
      boolean write = !request.method().equals("GET");
      String before = write ? fingerprint() : null;
      Api.Reply reply =
          api.raw(
              request.method(),
              request.path(),
              request.as(),
              request.body(),
              request.headers().toArray(String[]::new));
      statuses.merge(String.valueOf(reply.status()), 1, Integer::sum);
      perOperation.merge(request.operation().id(), 1, Integer::sum);
      valid += request.mustFail() ? 0 : 1;
      List<String> wrong = new ArrayList<>();
      JsonValue body = json(reply, wrong);
      wrong.addAll(
          document.check(
              request.operation(),
              reply.status(),
              reply.header("Content-Type").orElse(null),
              body));
      if (reply.status() >= 500) {
        wrong.add("a server error");
      }
      if (reply.body().contains("Exception") || reply.body().contains("\tat ")) {
        wrong.add("internals in the answer");
      }
      if (request.mustFail() && reply.status() < 400) {
        wrong.add("a broken request was not refused");
      }
      if (write && reply.status() >= 400 && reply.status() < 500 && !before.equals(fingerprint())) {
        wrong.add("a refused request changed something: " + before + " -> " + fingerprint());
      }
      if (reply.status() / 100 == 2) {
        remember(request, body, known);
      }
      if (!wrong.isEmpty()) {
        findings.add(request + "\n  -> " + reply.status() + " " + reply.body() + "\n  " + wrong);
      }
    }
    LOG.info(
        () ->
            "Fuzzed the API with "
                + requests
                + " requests (seed "
                + seed
                + ", "
                + operations.size()
                + " operations): statuses "
                + statuses
                + "; per operation "
                + perOperation);
    assertEquals(operations.size(), perOperation.size(), "every operation was tried");
    assertTrue(valid > requests / 4, "valid requests: " + valid);
    assertEquals(List.of(), findings, findings.size() + " findings");
  }

  /** A plan, a client, an order with its invoice and service, paid: ids the requests can name. */
  private FuzzRequests.Known fixtures(Api.Credential cart) {
    FuzzRequests.Known known = new FuzzRequests.Known();
    Shop shop = new Shop(api);
    long product = shop.product("cfg-fuzz", "");
    known.add("products", product);
    for (Api.Credential as : List.of(Api.ADMIN, cart)) {
      long client = shop.client(as);
      known.add("clients", client);
      JsonObject order = shop.order(as, client, product);
      known.add("orders", order.getJsonNumber("id").longValue());
      known.add("invoices", Shop.invoiceOf(order));
      known.add("services", Shop.serviceOf(order));
      known.usernames.add(api.get("clients/" + client, Api.ADMIN).json().getString("username"));
    }
    shop.pay(Api.ADMIN, known.any("invoices", new java.util.Random(1)), "tx-fixture", "138.00");
    Api.Reply run = api.post("jobs/renewal-invoices/runs", Api.ADMIN, "{\"dryRun\": true}");
    known.add("runs", run.json().getJsonNumber("id").longValue());
    awaitJobs();
    return known;
  }

  /** Ids and names a successful request created, for later requests to name. */
  private void remember(
      FuzzRequests.FuzzRequest request, JsonValue body, FuzzRequests.Known known) {
    if (!(body instanceof JsonObject object)) {
      return;
    }
    switch (request.operation().id()) {
      case "registerClient" -> {
        known.add("clients", object.getJsonNumber("id").longValue());
        known.usernames.add(object.getString("username"));
      }
      case "addProduct" -> known.add("products", object.getJsonNumber("id").longValue());
      case "placeOrder" -> {
        known.add("orders", object.getJsonNumber("id").longValue());
        known.add("invoices", object.getJsonNumber("invoiceId").longValue());
        object
            .getJsonArray("serviceIds")
            .forEach(id -> known.add("services", Long.parseLong(id.toString())));
      }
      case "addStaffAccount" -> known.staff.add(object.getString("username"));
      case "startJobRun", "restartJobRun" -> {
        known.add("runs", object.getJsonNumber("id").longValue());
        // A run may issue invoices: the next request's "nothing changed" must not see it.
        awaitJobs();
      }
      default -> {}
    }
  }

  private void awaitJobs() {
    Shop.await(
        () -> api.get("jobs/runs?limit=20", Api.ADMIN).json().getJsonArray("items"),
        runs ->
            runs.stream()
                .map(JsonValue::asJsonObject)
                .noneMatch(r -> List.of("STARTING", "RUNNING").contains(r.getString("status"))),
        "job runs");
  }

  /** How many of each thing there are: a refused request must change none. */
  private String fingerprint() {
    StringBuilder counts = new StringBuilder();
    for (String list :
        List.of("clients", "products", "orders", "invoices", "credentials", "staff-accounts")) {
      counts
          .append(list)
          .append('=')
          .append(api.get(list + "?limit=1", Api.ADMIN).json().getJsonNumber("total"))
          .append(' ');
    }
    return counts.toString().trim();
  }

  /** The answer's JSON body; a body that is not JSON is a finding. */
  private static JsonValue json(Api.Reply reply, List<String> wrong) {
    if (reply.body().isEmpty() || !reply.header("Content-Type").orElse("").contains("json")) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      wrong.add("the body is not JSON");
      return null;
    }
  }
}
