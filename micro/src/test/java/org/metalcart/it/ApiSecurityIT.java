package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Api.ADMIN;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Authentication and roles on every API endpoint, on Payara Micro. */
class ApiSecurityIT extends DeployedMetalcart {

  private static final String[] ENDPOINTS = {
    "products", "products/1", "clients", "clients/1", "credentials"
  };

  @Test
  void everyEndpointNeedsCredentials() {
    for (String endpoint : ENDPOINTS) {
      Api.Reply reply = api.get(endpoint, null);
      assertProblem(reply, 401, "unauthenticated");
      assertTrue(
          reply.header("WWW-Authenticate").orElse("").startsWith("Basic realm=\"metalcart\""),
          () -> endpoint + " challenges for Basic: " + reply.raw().headers());
    }
    assertProblem(api.post("products", null, "{}"), 401, "unauthenticated");
  }

  @Test
  void aWrongSecretOrAnUnknownIdentifierIsRefused() {
    assertProblem(
        api.get("products", new Api.Credential(ADMIN.identifier(), "wrong")),
        401,
        "unauthenticated");
    assertProblem(
        api.get("products", new Api.Credential("nobody", ADMIN.secret())), 401, "unauthenticated");
  }

  @Test
  void aCartMayReadTheCatalogButNotChangeItNorManageCredentials() {
    Api.Credential cart = api.newCart();
    assertEquals(200, api.get("products", cart).status());
    assertForbidden(api.post("products", cart, "{}"));
    assertForbidden(api.get("credentials", cart));
    assertForbidden(
        api.post(
            "credentials",
            cart,
            "{\"identifier\": \"x\", \"secret\": \"y\", \"role\": \"ADMIN\"}"));
  }

  @Test
  void metricsAreForAMonitoringCredentialOrAnAdminAndTheServersOwnAreClosed() {
    assertProblem(api.get("metrics", null), 401, "unauthenticated");
    assertForbidden(api.get("metrics", api.newCart()));

    Api.Credential monitoring = api.newCredential("MONITORING");
    Api.Reply metrics = api.get("metrics", monitoring);
    assertEquals(200, metrics.status(), metrics::toString);
    String type = metrics.header("Content-Type").orElse("").replace(" ", "");
    assertTrue(
        type.startsWith("text/plain;") && type.contains(";version=0.0.4") && type.contains("utf-8"),
        type);
    assertTrue(metrics.body().contains("\njvm_memory_used_bytes{area=\"heap\"} "), metrics.body());
    assertTrue(metrics.body().contains("# TYPE process_uptime_seconds gauge\n"), metrics.body());
    assertEquals(200, api.get("metrics", ADMIN).status());
    // A monitoring credential reads nothing else.
    assertForbidden(api.get("products", monitoring));
    assertForbidden(api.get("clients", monitoring));
    assertForbidden(api.post("orders", monitoring, "{}"));

    // Payara's own endpoint gives nothing away without being opened by its configuration.
    Api.Reply payaras = api.server("metrics");
    assertEquals(403, payaras.status(), payaras::toString);
    assertFalse(payaras.body().contains("memory"), payaras.body());
  }

  @Test
  void secretsNeverComeBack() {
    Api.Credential cart = api.newCart();
    Api.Reply list = api.get("credentials?limit=500", ADMIN);
    assertEquals(200, list.status());
    assertTrue(list.body().contains(cart.identifier()));
    assertFalse(list.body().contains(cart.secret()), "a secret was listed");
    assertFalse(list.body().contains(ADMIN.secret()), "the admin secret was listed");
    assertFalse(list.body().contains("PBKDF2"), "a secret hash was listed");
  }

  @Test
  void credentialsNeedALongSecretAndAKnownRole() {
    String id = "weak-" + Api.unique();
    assertInvalidField(
        api.post(
            "credentials",
            ADMIN,
            "{\"identifier\": \"%s\", \"secret\": \"short\", \"role\": \"CART\"}".formatted(id)),
        "secret");
    assertInvalidField(
        api.post(
            "credentials",
            ADMIN,
            "{\"identifier\": \"%s\", \"secret\": \"a-long-enough-secret-1234567\", \"role\": \"ROOT\"}"
                .formatted(id)),
        "role");
    assertProblem(api.get("products", new Api.Credential(id, "short")), 401, "unauthenticated");
  }

  private static void assertForbidden(Api.Reply reply) {
    assertProblem(reply, 403, "forbidden");
  }

  @Test
  void aCredentialOpensTheApiOnlyFromTheAddressesItAllows() {
    String identifier = "listed-" + Api.unique();
    String secret = "listed-secret-" + UUID.randomUUID();
    Api.Credential credential = new Api.Credential(identifier, secret);
    Api.Reply created =
        api.post(
            "credentials",
            ADMIN,
            """
            {"identifier": "%s", "secret": "%s", "role": "READ_ONLY",
             "allowedAddresses": ["203.0.113.0/24", "2001:db8::/32"]}
            """
                .formatted(identifier, secret));
    assertEquals(201, created.status(), created::toString);
    assertEquals(2, created.json().getJsonArray("allowedAddresses").size());
    assertProblem(api.get("products", credential), 401, "unauthenticated");

    Api.Reply anywhere =
        api.patch(
            "credentials/" + identifier,
            ADMIN,
            "{\"allowedAddresses\": [\"0.0.0.0/0\", \"::/0\"]}");
    assertEquals(200, anywhere.status(), anywhere::toString);
    assertEquals(200, api.get("products", credential).status());
    JsonObject used = credential(identifier);
    assertTrue(used.containsKey("lastUsedAt"), used::toString);
    String from = used.getString("lastUsedFrom");

    // Exactly the address it was used from: still open; any other: closed at once.
    assertEquals(
        200,
        api.patch("credentials/" + identifier, ADMIN, "{\"allowedAddresses\": [\"" + from + "\"]}")
            .status());
    assertEquals(200, api.get("products", credential).status());
    assertEquals(
        200,
        api.patch("credentials/" + identifier, ADMIN, "{\"allowedAddresses\": [\"203.0.113.7\"]}")
            .status());
    assertProblem(api.get("products", credential), 401, "unauthenticated");

    Api.Reply bad =
        api.patch("credentials/" + identifier, ADMIN, "{\"allowedAddresses\": [\"example.com\"]}");
    assertProblem(bad, 400, "validation");
    assertTrue(bad.body().contains("allowedAddresses"), bad::toString);
  }

  @Test
  void expiryRotationWithOverlapAndRevocation() throws InterruptedException {
    String identifier = "cycle-" + Api.unique();
    String first = "first-secret-" + UUID.randomUUID();
    Api.Credential old = new Api.Credential(identifier, first);
    Instant soon = Instant.now().plusSeconds(4);
    Api.Reply created =
        api.post(
            "credentials",
            ADMIN,
            """
            {"identifier": "%s", "secret": "%s", "role": "CART", "expiresAt": "%s"}
            """
                .formatted(identifier, first, soon));
    assertEquals(201, created.status(), created::toString);
    assertEquals("ACTIVE", created.json().getString("status"));
    assertEquals(200, api.get("products", old).status());
    Thread.sleep(Duration.between(Instant.now(), soon).toMillis() + 500);
    assertProblem(api.get("products", old), 401, "unauthenticated");
    assertEquals("EXPIRED", credential(identifier).getString("status"));
    assertEquals(
        200, api.patch("credentials/" + identifier, ADMIN, "{\"neverExpires\": true}").status());
    assertEquals(200, api.get("products", old).status(), "an expiry lifted");

    // Rotation: both secrets work during the overlap, then only the new one.
    String second = "second-secret-" + UUID.randomUUID();
    Api.Credential rotated = new Api.Credential(identifier, second);
    Api.Reply rotation =
        api.post(
            "credentials/" + identifier + "/rotate",
            ADMIN,
            "{\"secret\": \"" + second + "\", \"overlapSeconds\": 3}");
    assertEquals(200, rotation.status(), rotation::toString);
    assertFalse(rotation.body().contains(second), "the secret is never shown");
    Instant overlapEnds = Instant.parse(rotation.json().getString("previousSecretExpiresAt"));
    assertEquals(200, api.get("products", old).status(), "the old secret during the overlap");
    assertEquals(200, api.get("products", rotated).status(), "the new one at once");
    Thread.sleep(Duration.between(Instant.now(), overlapEnds).toMillis() + 500);
    assertProblem(api.get("products", old), 401, "unauthenticated");
    assertEquals(200, api.get("products", rotated).status());

    // Revocation: at once, and the credential stays listed.
    Api.Reply revoked = api.post("credentials/" + identifier + "/revoke", ADMIN, "");
    assertEquals(200, revoked.status(), revoked::toString);
    assertEquals("REVOKED", revoked.json().getString("status"));
    assertProblem(api.get("products", rotated), 401, "unauthenticated");
    assertEquals("REVOKED", credential(identifier).getString("status"));
    assertProblem(
        api.post(
            "credentials/" + identifier + "/rotate", ADMIN, "{\"secret\": \"" + first + "x\"}"),
        422,
        "business-rule");
  }

  @Test
  void wrongSecretsAreHeldBackWithoutTellingWhetherTheIdentifierExists() {
    Api.Credential real = api.newCredential("CART");
    Api.Credential nobody = new Api.Credential("nobody-" + Api.unique(), "whatever-secret-1234");
    for (int guess = 0; guess < 10; guess++) {
      assertProblem(
          api.get("products", new Api.Credential(real.identifier(), "guess-" + guess)),
          401,
          "unauthenticated");
      assertProblem(api.get("products", nobody), 401, "unauthenticated");
    }
    Api.Reply held = api.get("products", real);
    assertProblem(held, 429, "too-many-requests");
    long retryAfter = Long.parseLong(held.header("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
    Api.Reply heldToo = api.get("products", nobody);
    assertProblem(heldToo, 429, "too-many-requests");
    assertEquals(
        held.json().getString("detail"),
        heldToo.json().getString("detail"),
        "an identifier that does not exist is answered alike");
    assertEquals(200, api.get("products", ADMIN).status(), "other identifiers go on");

    WhmcsClient whmcs = new WhmcsClient(deployment);
    WhmcsClient.Answer whmcsHeld = whmcs.call(real, "GetProducts");
    assertEquals(429, whmcsHeld.status(), whmcsHeld::toString);
    assertTrue(
        whmcsHeld.message().startsWith("Too many failed authentications"), whmcsHeld::toString);
  }

  /** The credential as the admin lists it. */
  private JsonObject credential(String identifier) {
    return api.get("credentials?limit=500", ADMIN).items().stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getString("identifier").equals(identifier))
        .findFirst()
        .orElseThrow();
  }
}
