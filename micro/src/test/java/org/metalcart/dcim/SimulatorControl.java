package org.metalcart.dcim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The simulator's control API, from a test inside Payara Micro or from the black-box tests in the
 * test JVM.
 */
public final class SimulatorControl {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI control;

  public SimulatorControl(String dcimUrl) {
    this.control = URI.create(dcimUrl.endsWith("/") ? dcimUrl : dcimUrl + "/").resolve("control/");
  }

  public void reset() {
    send("POST", "reset", null);
  }

  /** A fresh inventory from {@code inventoryJson} (the format of demo-inventory.json). */
  public void reset(String inventoryJson) {
    send("POST", "reset", inventoryJson);
  }

  /** One server of the inventory as the DCImanager 6 API shows it, by name. */
  public JsonObject server(String name) {
    return json(send("GET", "state", null)).getJsonArray("servers").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no server " + name));
  }

  /** The whole inventory. */
  public JsonObject state() {
    return json(send("GET", "state", null));
  }

  public void installSeconds(double seconds) {
    settings("{\"installSeconds\": " + seconds + "}");
  }

  /** The simulator's settings: {@code installSeconds}, {@code powerSeconds}. */
  public void settings(String settings) {
    send("POST", "settings", settings);
  }

  /** Changes flags of a server of the inventory, named as in the demo inventory. */
  public void server(String name, String changes) {
    send("POST", "servers/" + name, changes);
  }

  public void faults(String faults) {
    send("POST", "faults", faults);
  }

  public void clearFaults() {
    send("DELETE", "faults", null);
  }

  public void clearCalls() {
    send("DELETE", "calls", null);
  }

  /** Calls per function since the last reset. */
  public JsonObject calls() {
    return json(send("GET", "calls", null));
  }

  public long callsOf(String function) {
    JsonObject calls = calls();
    return calls.containsKey(function) ? calls.getJsonNumber(function).longValue() : 0;
  }

  /** DCImanager's id of a server of the inventory, by name. */
  public String serverId(String name) {
    return json(send("GET", "state", null)).getJsonArray("servers").stream()
        .map(JsonValue::asJsonObject)
        .filter(s -> s.getString("name").equals(name))
        .map(s -> s.get("id").toString())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no server " + name));
  }

  /** How many addresses of a pool are in use. */
  public int poolUsage(String pool) {
    JsonObject p =
        json(send("GET", "state", null)).getJsonArray("pools").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> x.getString("name").equals(pool))
            .findFirst()
            .orElseThrow();
    return p.getInt("using_ipv4") + p.getInt("using_ipv6");
  }

  private String send(String method, String path, String body) {
    HttpRequest request =
        HttpRequest.newBuilder(control.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "control "
                + method
                + " "
                + path
                + ": "
                + response.statusCode()
                + " "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
