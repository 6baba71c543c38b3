package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The steps of a sale through the API, as an external cart and an admin take them: plans, clients,
 * orders, payments, and waiting for a service to settle.
 */
final class Shop {

  static final String PASSWORD = "Str0ng-Passw0rd!";

  private final Api api;

  Shop(Api api) {
    this.api = api;
  }

  /** A plan for servers of {@code packageName}, 89.00 a month plus 49.00 setup. */
  long product(String packageName, String moduleSettings) {
    Api.Reply reply =
        api.post(
            "products",
            Api.ADMIN,
            """
            {"name": "Plan %s %s", "currency": "USD",
             "moduleSettings": {"packageName": "%s", "osTemplate": "Debian 12" %s},
             "prices": [{"cycle": "MONTHLY", "amount": 89.00, "setupFee": 49.00}]}
            """
                .formatted(packageName, Api.unique(), packageName, moduleSettings));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  long client(Api.Credential as) {
    String name = "c" + Api.unique();
    Api.Reply reply =
        api.post(
            "clients",
            as,
            """
            {"username": "%s", "email": "%s@example.com", "name": "Client %s"}
            """
                .formatted(name, name, name));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json().getJsonNumber("id").longValue();
  }

  static String orderOf(long clientId, long productId, String hostname) {
    return """
        {"clientId": %d, "items": [{"productId": %d, "billingCycle": "MONTHLY",
          "hostname": %s, "password": "%s"}]}
        """
        .formatted(
            clientId, productId, hostname == null ? "null" : "\"" + hostname + "\"", PASSWORD);
  }

  /** Places an order of one server; returns the order as the API answered it. */
  JsonObject order(Api.Credential as, long clientId, long productId) {
    Api.Reply reply =
        api.post("orders", as, orderOf(clientId, productId, "srv" + Api.unique() + ".example.com"));
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  static long serviceOf(JsonObject order) {
    return order.getJsonArray("serviceIds").getJsonNumber(0).longValue();
  }

  static long invoiceOf(JsonObject order) {
    return order.getJsonNumber("invoiceId").longValue();
  }

  Api.Reply pay(Api.Credential as, long invoiceId, String transactionId, String amount) {
    return api.post(
        "invoices/" + invoiceId + "/payments",
        as,
        """
        {"gateway": "test-gateway", "transactionId": "%s", "amount": %s}
        """
            .formatted(transactionId, amount));
  }

  JsonObject service(long serviceId) {
    Api.Reply reply = api.get("services/" + serviceId, Api.ADMIN);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  /** How many entries of the service's history record {@code what} (SUSPENDED, ACTIVE ...). */
  long historyOf(long serviceId, String what) {
    return api.get("services/" + serviceId + "/history", Api.ADMIN).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("what").equals(what))
        .count();
  }

  /** Waits (polling the API) until the service satisfies {@code settled}; fails after 60 s. */
  JsonObject awaitService(long serviceId, Predicate<JsonObject> settled) {
    return await(() -> service(serviceId), settled, "service " + serviceId);
  }

  JsonObject awaitService(long serviceId, Predicate<JsonObject> settled, Duration patience) {
    return await(() -> service(serviceId), settled, "service " + serviceId, patience);
  }

  /** Reads {@code what} every 100 ms until it satisfies {@code done}; fails after 60 s. */
  static <T> T await(Supplier<T> read, Predicate<T> done, String what) {
    return await(read, done, what, Duration.ofSeconds(60));
  }

  static <T> T await(Supplier<T> read, Predicate<T> done, String what, Duration patience) {
    Instant deadline = Instant.now().plus(patience);
    T value = read.get();
    while (!done.test(value)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not settle: " + value);
      }
      pause();
      value = read.get();
    }
    return value;
  }

  static Predicate<JsonObject> inStatus(String status) {
    return s -> s.getString("status").equals(status);
  }

  /** Pending with an error: provisioning gave up for now. */
  static Predicate<JsonObject> failed() {
    return s -> s.getString("status").equals("PENDING") && s.containsKey("lastError");
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
