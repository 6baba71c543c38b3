package org.metalcart.dcimsim;

import static org.metalcart.dcimsim.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's own API under {@code /control}, for tests and demos; DCImanager has nothing like
 * it.
 *
 * <ul>
 *   <li>{@code POST /control/reset}: a fresh inventory, from the JSON body or (empty body) the one
 *       the simulator started with; also clears faults and counters.
 *   <li>{@code GET /control/state}: the whole inventory.
 *   <li>{@code POST /control/settings {"installSeconds", "powerSeconds"}}: how long OS installs and
 *       power actions take.
 *   <li>{@code POST /control/servers/{id or name}}: set {@code hwproblem}, {@code
 *       diag_in_progress}, {@code blocked}, {@code hostname}, {@code failNextInstall}, the owner
 *       ({@code "owner": null} frees the server, an account's name gives it to that account), or
 *       {@code "forgetOperations": true} (as if DCImanager had never run one there).
 *   <li>{@code POST /control/faults}: {@code latencyMs}, {@code errorRate}, {@code burst503},
 *       {@code hang {function, count, seconds}}, {@code fail {function, count}}; {@code DELETE}
 *       clears them.
 *   <li>{@code GET /control/calls}: calls per function; {@code DELETE} resets the counters.
 * </ul>
 */
final class ControlApi {

  private final Simulation simulation;
  private final Faults faults;
  private final Map<String, AtomicLong> calls;

  ControlApi(Simulation simulation, Faults faults, Map<String, AtomicLong> calls) {
    this.simulation = simulation;
    this.faults = faults;
    this.calls = calls;
  }

  Reply handle(Request r) {
    try {
      String path = r.path().substring("/control".length());
      return switch (r.method() + " " + (path.startsWith("/servers/") ? "/servers/" : path)) {
        case "POST /reset" -> reset(r);
        case "GET /state" -> json(simulation.apply(ControlApi::state));
        case "POST /settings" -> settings(body(r));
        case "POST /servers/" -> server(path.substring("/servers/".length()), body(r));
        case "POST /faults" -> {
          faults.configure(body(r));
          yield json(JsonValue.EMPTY_JSON_OBJECT);
        }
        case "DELETE /faults" -> {
          faults.clear();
          yield json(JsonValue.EMPTY_JSON_OBJECT);
        }
        case "GET /calls" -> json(counters());
        case "DELETE /calls" -> {
          calls.clear();
          yield json(JsonValue.EMPTY_JSON_OBJECT);
        }
        default ->
            RestApi.error(404, 2004, "No control function " + r.method() + " " + r.path(), null);
      };
    } catch (DcimError e) {
      return RestApi.error(e.kind.httpStatus, e.kind.v6Code, e.getMessage(), e.object);
    } catch (RuntimeException e) {
      return RestApi.error(400, 1002, "Bad control request: " + e.getMessage(), null);
    }
  }

  private Reply reset(Request r) {
    simulation.reset(r.body() == null || r.body().isBlank() ? null : r.body());
    faults.clear();
    calls.clear();
    return json(JsonValue.EMPTY_JSON_OBJECT);
  }

  private Reply settings(JsonObject body) {
    simulation.run(
        inv -> {
          if (body.containsKey("installSeconds")) {
            inv.installTime = seconds(body, "installSeconds");
          }
          if (body.containsKey("powerSeconds")) {
            inv.powerTime = seconds(body, "powerSeconds");
          }
        });
    return json(JsonValue.EMPTY_JSON_OBJECT);
  }

  private static Duration seconds(JsonObject body, String field) {
    return Duration.ofMillis(Math.round(body.getJsonNumber(field).doubleValue() * 1000));
  }

  private Reply server(String idOrName, JsonObject body) {
    simulation.run(
        inv -> {
          Server s =
              inv.serverList().stream()
                  .filter(x -> String.valueOf(x.id).equals(idOrName) || x.name.equals(idOrName))
                  .findFirst()
                  .orElseThrow(() -> DcimError.notFound("server", idOrName));
          s.hwproblem = body.getBoolean("hwproblem", s.hwproblem);
          s.diagInProgress = body.getBoolean("diag_in_progress", s.diagInProgress);
          s.blocked = body.getBoolean("blocked", s.blocked);
          s.failNextInstall = body.getBoolean("failNextInstall", s.failNextInstall);
          if (body.containsKey("hostname")) {
            inv.setHostname(s.id, body.getString("hostname"));
          }
          if (body.containsKey("owner")) {
            // null frees the server; an account's name gives it to that account, as by hand.
            inv.setOwner(
                s.id,
                body.isNull("owner")
                    ? null
                    : inv.accountList().stream()
                        .filter(a -> a.name.equals(body.getString("owner")))
                        .findFirst()
                        .orElseThrow(() -> DcimError.notFound("user", body.getString("owner")))
                        .id);
          }
          if (body.getBoolean("forgetOperations", false)) {
            s.operation = null;
            s.power = null;
          }
        });
    return json(JsonValue.EMPTY_JSON_OBJECT);
  }

  private JsonObject counters() {
    JsonObjectBuilder counts = JSON.createObjectBuilder();
    new TreeMap<>(calls).forEach((function, count) -> counts.add(function, count.get()));
    return counts.build();
  }

  static JsonObject state(Inventory inv) {
    JsonArrayBuilder servers = JSON.createArrayBuilder();
    inv.serverList().forEach(s -> servers.add(RestApi.object(RestApi.server(inv, s))));
    JsonArrayBuilder accounts = JSON.createArrayBuilder();
    inv.accountList()
        .forEach(
            a ->
                accounts.add(
                    JSON.createObjectBuilder(RestApi.object(RestApi.user(a))).add("name", a.name)));
    JsonArrayBuilder pools = JSON.createArrayBuilder();
    inv.poolList().forEach(p -> pools.add(RestApi.object(RestApi.pool(p))));
    JsonArrayBuilder ips = JSON.createArrayBuilder();
    inv.ipList().forEach(ip -> ips.add(RestApi.object(RestApi.ip(ip))));
    JsonArrayBuilder templates = JSON.createArrayBuilder();
    inv.templates.values().forEach(templates::add);
    return JSON.createObjectBuilder()
        .add("installSeconds", inv.installTime.toMillis() / 1000.0)
        .add("powerSeconds", inv.powerTime.toMillis() / 1000.0)
        .add("accounts", accounts)
        .add("servers", servers)
        .add("pools", pools)
        .add("ips", ips)
        .add("templates", templates)
        .build();
  }

  private static JsonObject body(Request r) {
    if (r.body() == null || r.body().isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    } catch (JsonParsingException e) {
      throw DcimError.value("body", "The body is not a JSON object");
    }
  }

  private static Reply json(JsonValue value) {
    return Reply.json(200, value.toString());
  }

  /** Counts a call to {@code function}. */
  static void count(Map<String, AtomicLong> calls, String function) {
    calls.computeIfAbsent(function, f -> new AtomicLong()).incrementAndGet();
  }

  static Map<String, AtomicLong> newCounters() {
    return new ConcurrentHashMap<>();
  }
}
