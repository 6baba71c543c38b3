package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Api.ADMIN;
import static org.metalcart.it.Problems.assertInvalidField;
import static org.metalcart.it.Problems.assertProblem;

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
}
