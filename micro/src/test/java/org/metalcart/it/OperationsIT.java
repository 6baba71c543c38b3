package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * What operators rely on besides the API: the health checks. (The OpenAPI document: {@link
 * OpenApiClientIT}.)
 */
class OperationsIT extends DeployedMetalcart {

  @Test
  void readyMeansTheDatabaseAnswersWithItsSchemaMigrated() {
    Api.Reply ready = api.server("health/ready");
    assertEquals(200, ready.status(), ready::toString);
    assertEquals("UP", ready.json().getString("status"));
    JsonObject database = check(ready, "database");
    assertEquals("UP", database.getString("status"));
    assertTrue(
        !database.containsKey("data") || database.getJsonObject("data").isEmpty(),
        "the details (schema version, a database error) are not shown unless configured: "
            + database);
  }

  /** The version of the newest migration the application ships (V{n}__*.sql). */
  static String newestMigration() {
    try (ZipFile war = new ZipFile(System.getProperty("metalcart.war", "target/metalcart.war"));
        ZipInputStream ejb =
            new ZipInputStream(
                war.getInputStream(
                    war.stream()
                        .filter(e -> e.getName().matches("WEB-INF/lib/ejb-module.*\\.jar"))
                        .findFirst()
                        .orElseThrow()))) {
      int newest = 0;
      for (ZipEntry e = ejb.getNextEntry(); e != null; e = ejb.getNextEntry()) {
        Matcher m = Pattern.compile("db/migration/V(\\d+)__.*\\.sql").matcher(e.getName());
        if (m.matches()) {
          newest = Math.max(newest, Integer.parseInt(m.group(1)));
        }
      }
      return String.valueOf(newest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void liveWithoutDeadlockedThreads() {
    Api.Reply live = api.server("health/live");
    assertEquals(200, live.status(), live::toString);
    assertEquals("UP", check(live, "threads").getString("status"));
  }

  static JsonObject check(Api.Reply health, String name) {
    return health.json().getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }
}
