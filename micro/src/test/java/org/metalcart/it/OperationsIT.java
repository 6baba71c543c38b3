package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * What operators and integrators rely on besides the API: health checks and the OpenAPI document.
 */
class OperationsIT extends DeployedMetalcart {

  @Test
  void readyMeansTheDatabaseAnswersWithItsSchemaMigrated() {
    Api.Reply ready = api.server("health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"));
    JsonObject database = check(ready, "database");
    assertEquals("UP", database.getString("status"));
    assertEquals("metalcart", database.getJsonObject("data").getString("schema"));
    assertEquals("1", database.getJsonObject("data").getString("schemaVersion"));
  }

  @Test
  void liveWithoutDeadlockedThreads() {
    Api.Reply live = api.server("health/live");
    assertEquals(200, live.status(), live::toString);
    assertEquals("UP", check(live, "threads").getString("status"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApiAndItsSchemas() {
    Api.Reply openapi = api.server("openapi");
    assertEquals(200, openapi.status(), openapi::toString);
    String document = openapi.body();
    for (String expected :
        new String[] {
          "/api/v1/products:",
          "/api/v1/products/{id}",
          "/api/v1/clients:",
          "/api/v1/credentials:",
          "ProductRequest:",
          "ModuleSettings:",
          "Price:",
          "ClientRequest:",
          "scheme: basic"
        }) {
      assertTrue(document.contains(expected), () -> "OpenAPI lacks " + expected);
    }
  }

  private static JsonObject check(Api.Reply health, String name) {
    return health.json().getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }
}
