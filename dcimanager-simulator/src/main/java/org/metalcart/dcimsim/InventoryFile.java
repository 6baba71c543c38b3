package org.metalcart.dcimsim;

import static org.metalcart.dcimsim.Jsons.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Reads an inventory from JSON: {@code admin}, {@code accounts}, {@code templates}, {@code pools},
 * {@code servers}, {@code installSeconds}, {@code powerSeconds}. The demo inventory ({@code
 * demo-inventory.json} in this module's resources) shows every field.
 */
final class InventoryFile {

  static final String DEMO = "demo-inventory.json";

  private InventoryFile() {}

  /** The inventory at {@code path}, or the bundled demo inventory when {@code path} is null. */
  static String read(Path path) throws IOException {
    if (path != null) {
      return Files.readString(path);
    }
    try (InputStream demo = InventoryFile.class.getResourceAsStream("/" + DEMO)) {
      return new String(demo.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Duration seconds(JsonObject doc, String field, double otherwise) {
    double seconds =
        doc.getJsonNumber(field) == null ? otherwise : doc.getJsonNumber(field).doubleValue();
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  static Inventory parse(String json, Clock clock) {
    JsonObject doc;
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      doc = reader.readObject();
    }
    Inventory inventory = new Inventory(clock);
    inventory.installTime = seconds(doc, "installSeconds", 20);
    inventory.powerTime = seconds(doc, "powerSeconds", 0);
    JsonObject admin = doc.getJsonObject("admin");
    inventory.createAccount(
        admin.getString("name"),
        admin.getString("email"),
        "Administrator",
        admin.getString("password"),
        Account.ADMIN_LEVEL);
    for (JsonValue value :
        doc.getJsonArray("accounts") == null
            ? JsonValue.EMPTY_JSON_ARRAY
            : doc.getJsonArray("accounts")) {
      JsonObject a = value.asJsonObject();
      inventory.createAccount(
          a.getString("name"),
          a.getString("email", null),
          a.getString("fullName", a.getString("name")),
          a.getString("password"),
          Account.CLIENT_LEVEL);
    }
    for (JsonValue value : doc.getJsonArray("templates")) {
      inventory.templates.put(inventory.nextId(), ((JsonString) value).getString());
    }
    for (JsonValue value : doc.getJsonArray("pools")) {
      JsonObject p = value.asJsonObject();
      IpPool pool =
          "ipv6".equals(p.getString("family", "ipv4"))
              ? IpPool.ipv6(
                  inventory.nextId(),
                  p.getString("name"),
                  p.getBoolean("public", true),
                  p.getString("prefix"),
                  p.getInt("size"),
                  p.getString("gateway", null))
              : IpPool.ipv4(
                  inventory.nextId(),
                  p.getString("name"),
                  p.getBoolean("public", true),
                  p.getString("first"),
                  p.getString("last"),
                  p.getString("gateway", null),
                  p.getString("network", null));
      inventory.pools.put(pool.name, pool);
    }
    for (JsonValue value : doc.getJsonArray("servers")) {
      addServer(inventory, value.asJsonObject());
    }
    return inventory;
  }

  private static void addServer(Inventory inventory, JsonObject s) {
    Server server =
        new Server(
            inventory.nextId(),
            s.getString("name"),
            s.getString("configuration"),
            s.getString("type", ""),
            s.getString("mac", null),
            s.getString("location", "DC1"),
            s.getString("rack", "R1"),
            s.getInt("unit", 1));
    server.hostname = s.getString("hostname", Server.FREE_HOSTNAME);
    server.hwproblem = s.getBoolean("hwproblem", false);
    server.diagInProgress = s.getBoolean("diag_in_progress", false);
    server.blocked = s.getBoolean("blocked", false);
    server.poweredOn = s.getBoolean("poweron", false);
    server.failNextInstall = s.getBoolean("failNextInstall", false);
    inventory.servers.put(server.id, server);
    String owner = s.getString("owner", null);
    if (owner != null) {
      server.ownerId =
          inventory.accountList().stream()
              .filter(a -> a.name.equals(owner))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "server " + server.name + ": unknown owner " + owner))
              .id;
    }
    String mainPool = s.getString("mainIpPool", "public");
    server.mainIp = inventory.allocate(mainPool, "ipv4", server.id, server.hostname);
  }
}
