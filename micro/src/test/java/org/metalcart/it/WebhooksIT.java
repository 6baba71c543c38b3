package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.SimulatorControl;

/**
 * Webhooks to real HTTP endpoints: a sale pushed to the cart that made it, each request signed as
 * Stripe signs (checked here with the secret shown once, by code of the test's own); a failing
 * endpoint retried until it recovers, every attempt in the delivery log; redelivery on demand; and
 * no endpoint on a private address.
 */
class WebhooksIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "hook-1", "configuration": "cfg-hook", "type": "H1"},
            {"name": "hook-2", "configuration": "cfg-hook", "type": "H1"}
            """));
  }

  @Test
  void aSaleIsPushedSignedToTheEndpointOfTheCartThatMadeIt() throws Exception {
    try (WebhookReceiver mine = new WebhookReceiver();
        WebhookReceiver others = new WebhookReceiver()) {
      Api.Credential cart = api.newCart();
      Api.Credential other = api.newCart();
      Api.Reply registered =
          api.post(
              "webhooks",
              cart,
              """
              {"url": "%s", "events": ["invoice.paid", "service.status_changed"],
               "description": "my shop"}
              """
                  .formatted(mine.url()));
      assertEquals(201, registered.status(), registered::toString);
      String secret = registered.json().getString("secret");
      assertTrue(secret.startsWith("whsec_"), secret);
      long webhook = registered.json().getJsonNumber("id").longValue();
      assertFalse(api.get("webhooks/" + webhook, cart).json().containsKey("secret"), "shown once");
      assertEquals(404, api.get("webhooks/" + webhook, other).status());
      api.post("webhooks", other, "{\"url\": \"" + others.url() + "\"}");

      Shop shop = new Shop(api);
      long plan = shop.product("cfg-hook", "");
      long client = shop.client(cart);
      JsonObject order = shop.order(cart, client, plan);
      long service = serviceOf(order);
      shop.pay(cart, invoiceOf(order), "tx-" + Api.unique(), "138.00");
      shop.awaitService(service, inStatus("ACTIVE"));

      List<WebhookReceiver.Received> got =
          Shop.await(
              mine::received,
              r ->
                  r.size() >= 2 && r.stream().anyMatch(x -> x.body().contains("\"to\":\"ACTIVE\"")),
              "the webhooks of the payment and of the Active service");
      assertEquals(
          List.of("invoice.paid", "service.status_changed"),
          got.stream().map(r -> r.header("Metalcart-Event-Type")).sorted().toList(),
          () -> "only the types it chose, once each: " + deliveries(webhook, cart));
      for (WebhookReceiver.Received request : got) {
        assertSignedBy(secret, request);
        JsonObject body = Json.createReader(new StringReader(request.body())).readObject();
        assertEquals(request.header("Metalcart-Event-Type"), body.getString("type"));
        assertEquals(
            request.header("Metalcart-Event-Id"), String.valueOf(body.getJsonNumber("id")));
        assertEquals(client, body.getJsonNumber("clientId").longValue());
        assertEquals("application/json", request.header("Content-Type"));
        assertFalse(request.body().contains(Shop.PASSWORD));
      }
      assertTrue(others.received().isEmpty(), "another cart's endpoint hears nothing of it");

      List<JsonObject> log = deliveries(webhook, cart);
      assertEquals(2, log.size(), log::toString);
      for (JsonObject delivery : log) {
        assertEquals("DELIVERED", delivery.getString("status"), delivery::toString);
        JsonObject one =
            api.get("webhooks/deliveries/" + delivery.getJsonNumber("id"), cart).json();
        assertEquals(1, one.getJsonArray("attemptLog").size(), one::toString);
        assertEquals(200, one.getJsonArray("attemptLog").getJsonObject(0).getInt("statusCode"));
      }
    }
  }

  @Test
  void aFailingEndpointIsRetriedUntilItRecoversAndCanBeRedelivered() {
    try (WebhookReceiver flaky = new WebhookReceiver(500, 503, 204)) {
      Api.Reply registered =
          api.post(
              "webhooks",
              Api.ADMIN,
              "{\"url\": \"" + flaky.url() + "\", \"events\": [\"invoice.issued\"]}");
      assertEquals(201, registered.status(), registered::toString);
      long webhook = registered.json().getJsonNumber("id").longValue();
      String secret = registered.json().getString("secret");
      Shop shop = new Shop(api);
      shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-hook", ""));

      JsonObject delivered =
          Shop.await(
                  () -> deliveries(webhook, Api.ADMIN),
                  d -> !d.isEmpty() && d.get(0).getString("status").equals("DELIVERED"),
                  "the delivery after two failures")
              .get(0);
      assertEquals(2, delivered.getInt("attempts"), "two failed attempts before it");
      long id = delivered.getJsonNumber("id").longValue();
      List<Integer> statuses = attemptStatuses(id);
      assertEquals(List.of(500, 503, 204), statuses);
      List<WebhookReceiver.Received> requests = flaky.received();
      assertEquals(3, requests.size());
      for (WebhookReceiver.Received request : requests) {
        assertEquals(requests.get(0).body(), request.body(), "the same body on every attempt");
        assertEquals(String.valueOf(id), request.header("Metalcart-Delivery"));
        assertSignedBy(secret, request);
      }

      Api.Reply again = api.post("webhooks/deliveries/" + id + "/redeliver", Api.ADMIN, "");
      assertEquals(202, again.status(), again::toString);
      Shop.await(flaky::received, r -> r.size() == 4, "the redelivery");
      Shop.await(
          () -> attemptStatuses(id), s -> s.size() == 4, "the redelivery in the attempt log");
      assertEquals(
          "DELIVERED", api.get("webhooks/deliveries/" + id, Api.ADMIN).json().getString("status"));
    }
  }

  @Test
  void endpointsOnPrivateAddressesAndUnknownEventsAreRefused() {
    Api.Credential cart = api.newCart();
    for (String url :
        List.of(
            "http://10.1.2.3/hooks",
            "http://192.168.0.10/hooks",
            "http://169.254.169.254/latest/meta-data",
            "http://[::1]:8080/hooks",
            "ftp://example.com/hooks",
            "https://user:pw@example.com/hooks")) {
      assertInvalidField(api.post("webhooks", cart, "{\"url\": \"" + url + "\"}"), "url");
    }
    assertInvalidField(
        api.post("webhooks", cart, "{\"url\": \"http://127.0.0.1:9/x\", \"events\": [\"x\"]}"),
        "events");
    assertEquals(0, api.get("webhooks", cart).json().getJsonArray("items").size());
  }

  private List<JsonObject> deliveries(long webhook, Api.Credential as) {
    Api.Reply reply = api.get("webhooks/" + webhook + "/deliveries", as);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private List<Integer> attemptStatuses(long delivery) {
    return api
        .get("webhooks/deliveries/" + delivery, Api.ADMIN)
        .json()
        .getJsonArray("attemptLog")
        .stream()
        .map(a -> a.asJsonObject().getInt("statusCode"))
        .toList();
  }

  /** Checks the signature as a receiver would, with its own HMAC: t=...,v1=... over "t.body". */
  private static void assertSignedBy(String secret, WebhookReceiver.Received request) {
    String header = request.header("Metalcart-Signature");
    assertTrue(header != null && header.matches("t=\\d+,v1=[0-9a-f]{64}"), header);
    long t = Long.parseLong(header.substring(2, header.indexOf(',')));
    assertTrue(Math.abs(Instant.now().getEpochSecond() - t) < 300, "a fresh timestamp");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected =
          HexFormat.of()
              .formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
      assertEquals(expected, header.substring(header.indexOf("v1=") + 3), "the signature");
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
