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

  /**
   * The version of the newest migration the application runs on the tests' database: V{n}__*.sql of
   * db/migration, and on PostgreSQL those of db/postgresql too (V13_1 is version 13.1).
   */
  static String newestMigration() {
    Pattern migration =
        Pattern.compile(
            TestDatabase.isPostgresql()
                ? "db/(migration|postgresql)/V(\\d+(?:_\\d+)?)__.*\\.sql"
                : "db/(migration)/V(\\d+(?:_\\d+)?)__.*\\.sql");
    try (ZipFile war = new ZipFile(System.getProperty("metalcart.war", "target/metalcart.war"));
        ZipInputStream ejb =
            new ZipInputStream(
                war.getInputStream(
                    war.stream()
                        .filter(e -> e.getName().matches("WEB-INF/lib/ejb-module.*\\.jar"))
                        .findFirst()
                        .orElseThrow()))) {
      String newest = "0";
      for (ZipEntry e = ejb.getNextEntry(); e != null; e = ejb.getNextEntry()) {
        Matcher m = migration.matcher(e.getName());
        if (m.matches() && newer(m.group(2).replace('_', '.'), newest)) {
          newest = m.group(2).replace('_', '.');
        }
      }
      return newest;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether version {@code a} (such as 13.1) comes after {@code b} (such as 13). */
  private static boolean newer(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? Integer.parseInt(x[i]) : 0;
      int q = i < y.length ? Integer.parseInt(y[i]) : 0;
      if (p != q) {
        return p > q;
      }
    }
    return false;
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
