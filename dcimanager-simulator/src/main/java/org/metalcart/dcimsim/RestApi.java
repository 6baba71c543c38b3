package org.metalcart.dcimsim;

import static org.metalcart.dcimsim.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DCImanager 6's REST API: {@code /auth/v4}, {@code /dci/v3}, {@code /ip/v3}, with or without an
 * {@code /api} prefix. The token from {@code POST /auth/v4/public/token} is accepted as {@code
 * X-XSRF-Token}, as {@code Cookie: ses6=…}, or both. Errors are {@code
 * {"error":{"code","msg","value"}}}. The calls the specification marks provisional (owner,
 * attaching an address, OS install, templates, block) are served under the paths it gives.
 */
final class RestApi {

  private interface Handler {
    Reply handle(Inventory inventory, Request request, Matcher path, JsonObject body);
  }

  private record Route(
      String method, String template, Pattern pattern, boolean open, Handler handler) {}

  private final List<Route> routes = new ArrayList<>();

  RestApi() {
    route("POST", "/auth/v4/public/token", true, RestApi::token);
    route(
        "POST",
        "/auth/v4/user/{id}/key",
        false,
        (inv, r, p, b) ->
            Reply.json(
                201, object(Map.of("id", p.group(1), "key", inv.newLoginKey(id(p)))).toString()));
    // What a browser opening a key link gets: a session cookie and the panel.
    route(
        "GET",
        "/auth/key-v4/{id}",
        true,
        (inv, r, p, b) -> {
          Account account = inv.useLoginKey(p.group(1));
          return Reply.html(
                  "<!DOCTYPE html><title>DCImanager</title><p id=\"signed-in\">Signed in to"
                      + " DCImanager as "
                      + account.email
                      + "</p>")
              .with(
                  "Set-Cookie", "ses6=" + inv.openSession(account).token() + "; Path=/; HttpOnly");
        });
    route(
        "GET",
        "/dci/v3/user",
        false,
        (inv, r, p, b) -> list(r, inv.accountList().stream().map(RestApi::user).toList()));
    route("POST", "/dci/v3/user", false, RestApi::createUser);
    route("GET", "/dci/v3/server/configuration", false, RestApi::configurations);
    route(
        "GET",
        "/dci/v3/server",
        false,
        (inv, r, p, b) -> {
          Map<Long, List<IpAddress>> ips = inv.ipsByServer();
          List<Server> servers = inv.serverList();
          if (byIdOnly(r)) {
            // The whole inventory a page at a time (reconciliation): only the page is rendered.
            return page(
                r,
                servers.size(),
                slice(r, servers).stream()
                    .map(s -> server(inv, s, ips.getOrDefault(s.id, List.of())))
                    .toList());
          }
          return list(
              r,
              servers.stream()
                  .map(s -> server(inv, s, ips.getOrDefault(s.id, List.of())))
                  .toList());
        });
    route(
        "GET",
        "/dci/v3/server/{id}",
        false,
        (inv, r, p, b) -> ok(object(server(inv, inv.server(id(p))))));
    route(
        "POST",
        "/dci/v3/server/{id}/power_on",
        false,
        (inv, r, p, b) -> done(() -> inv.setPower(id(p), true)));
    route(
        "POST",
        "/dci/v3/server/{id}/power_off",
        false,
        (inv, r, p, b) -> done(() -> inv.setPower(id(p), false)));
    route(
        "POST",
        "/dci/v3/server/{id}/power_reset",
        false,
        (inv, r, p, b) -> done(() -> inv.reset(id(p))));
    route("POST", "/dci/v3/server/{id}/owner", false, RestApi::owner);
    route(
        "POST",
        "/dci/v3/server/{id}/ip",
        false,
        (inv, r, p, b) -> done(() -> inv.attach(requiredLong(b, "ip_id"), id(p))));
    route("POST", "/dci/v3/server/{id}/operation/install", false, RestApi::install);
    route(
        "POST",
        "/dci/v3/server/{id}/block",
        false,
        (inv, r, p, b) -> done(() -> inv.setBlocked(id(p), true)));
    route(
        "POST",
        "/dci/v3/server/{id}/unblock",
        false,
        (inv, r, p, b) -> done(() -> inv.setBlocked(id(p), false)));
    route("GET", "/dci/v3/os_template", false, RestApi::templates);
    route(
        "GET",
        "/ip/v3/ippool",
        false,
        (inv, r, p, b) -> list(r, inv.poolList().stream().map(RestApi::pool).toList()));
    route("POST", "/ip/v3/ippool/{id}/ip", false, RestApi::allocate);
    route(
        "GET",
        "/ip/v3/ip",
        false,
        (inv, r, p, b) -> list(r, inv.ipList().stream().map(RestApi::ip).toList()));
    route("POST", "/ip/v3/ip/{id}", false, RestApi::editIp);
    route("DELETE", "/ip/v3/ip/{id}", false, (inv, r, p, b) -> done(() -> inv.release(id(p))));
  }

  private void route(String method, String template, boolean open, Handler handler) {
    Pattern pattern = Pattern.compile(template.replace("{id}", "([^/]+)"));
    routes.add(new Route(method, template, pattern, open, handler));
  }

  /** The path without the optional {@code /api} prefix. */
  static String path(Request request) {
    String path = request.path();
    return path.startsWith("/api/") ? path.substring(4) : path;
  }

  /**
   * The function name of a call, for counters and faults: {@code v6:POST
   * /dci/v3/server/{id}/owner}.
   */
  String function(Request request) {
    String path = path(request);
    for (Route route : routes) {
      if (route.method.equals(request.method()) && route.pattern.matcher(path).matches()) {
        return "v6:" + route.method + " " + route.template;
      }
    }
    return "v6:" + request.method() + " " + path;
  }

  Reply handle(Inventory inventory, Request request) {
    String path = path(request);
    try {
      boolean pathKnown = false;
      for (Route route : routes) {
        Matcher matcher = route.pattern.matcher(path);
        if (!matcher.matches()) {
          continue;
        }
        pathKnown = true;
        if (!route.method.equals(request.method())) {
          continue;
        }
        if (!route.open) {
          Account caller = inventory.sessionAccount(token(request));
          if (!caller.isAdmin()) {
            throw new DcimError(DcimError.Kind.ACCESS, null, "Access denied");
          }
        }
        return route.handler.handle(inventory, request, matcher, body(request));
      }
      return error(
          pathKnown ? 405 : 404,
          pathKnown ? 1005 : 2004,
          pathKnown ? "Method not allowed" : "Not found",
          null);
    } catch (DcimError e) {
      return error(e.kind.httpStatus, e.kind.v6Code, e.getMessage(), e.object);
    }
  }

  static Reply error(int status, int code, String message, String value) {
    JsonObjectBuilder error = JSON.createObjectBuilder().add("code", code).add("msg", message);
    if (value != null) {
      error.add("value", value);
    }
    return Reply.json(status, JSON.createObjectBuilder().add("error", error).build().toString());
  }

  private static String token(Request request) {
    String token = request.header("X-XSRF-Token");
    if (token != null) {
      return token;
    }
    String cookie = request.header("Cookie");
    if (cookie != null) {
      for (String part : cookie.split(";")) {
        String trimmed = part.trim();
        if (trimmed.startsWith("ses6=")) {
          return trimmed.substring(5);
        }
      }
    }
    return null;
  }

  private static JsonObject body(Request request) {
    if (request.body() == null || request.body().isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(request.body()))) {
      return reader.readObject();
    } catch (JsonParsingException | ClassCastException e) {
      throw DcimError.value("body", "The body is not a JSON object");
    }
  }

  // --- handlers

  private static Reply token(Inventory inv, Request r, Matcher p, JsonObject b) {
    Account account = inv.authenticate(requiredText(b, "email"), requiredText(b, "password"));
    Inventory.Session session = inv.openSession(account);
    return Reply.json(
        201,
        JSON.createObjectBuilder()
            .add("id", String.valueOf(account.id))
            .add("token", session.token())
            .add("expires_at", DateTimeFormatter.ISO_INSTANT.format(session.expires()))
            .add("confirmed", true)
            .build()
            .toString());
  }

  private static Reply createUser(Inventory inv, Request r, Matcher p, JsonObject b) {
    String email = requiredText(b, "email");
    if (!email.contains("@")) {
      throw DcimError.value("email", "Invalid email");
    }
    String role = b.getString("role", "@user");
    if (!"@user".equals(role)) {
      throw DcimError.value("role", "Only @user accounts can be created here");
    }
    Account account =
        inv.createAccount(
            email,
            email,
            b.getString("full_name", email),
            requiredText(b, "password"),
            Account.CLIENT_LEVEL);
    return ok(JSON.createObjectBuilder().add("id", account.id).build());
  }

  private static Reply configurations(Inventory inv, Request r, Matcher p, JsonObject b) {
    Map<String, Integer> free = new LinkedHashMap<>();
    for (Server s : inv.serverList()) {
      free.merge(s.configuration, Inventory.isFreeFor(s, s.configuration) ? 1 : 0, Integer::sum);
    }
    List<Map<String, Object>> list = new ArrayList<>();
    free.forEach(
        (configuration, count) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("configuration", configuration);
          row.put("free_server_count", count);
          list.add(row);
        });
    return list(r, list);
  }

  private static Reply owner(Inventory inv, Request r, Matcher p, JsonObject b) {
    if (!b.containsKey("owner")) {
      throw DcimError.missing("owner");
    }
    JsonValue owner = b.get("owner");
    inv.setOwner(
        id(p), owner.getValueType() == JsonValue.ValueType.NULL ? null : requiredLong(b, "owner"));
    return ok(JsonValue.EMPTY_JSON_OBJECT);
  }

  private static Reply install(Inventory inv, Request r, Matcher p, JsonObject b) {
    String template = b.containsKey("os_template") ? text(b.get("os_template")) : null;
    // os_template may be given by template id as well as by name
    if (template != null && template.matches("\\d+")) {
      template = inv.templates.getOrDefault(Long.valueOf(template), template);
    }
    Operation op =
        inv.startInstall(
            id(p),
            template,
            b.getString("recipe", null),
            b.getString("password", null),
            b.getString("domain", null));
    return ok(JSON.createObjectBuilder().add("id", op.id).build());
  }

  private static Reply templates(Inventory inv, Request r, Matcher p, JsonObject b) {
    List<Map<String, Object>> list = new ArrayList<>();
    inv.templates.forEach(
        (id, name) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("id", id);
          row.put("name", name);
          row.put("tags", List.of(name.startsWith("Windows") ? "windows" : "linux"));
          list.add(row);
        });
    return list(r, list);
  }

  private static Reply allocate(Inventory inv, Request r, Matcher p, JsonObject b) {
    IpAddress ip =
        inv.allocate(p.group(1), b.getString("family", "ipv4"), null, b.getString("domain", null));
    ip.note = b.getString("note", null);
    return ok(JSON.createObjectBuilder().add("id", ip.id).build());
  }

  private static Reply editIp(Inventory inv, Request r, Matcher p, JsonObject b) {
    long id = id(p);
    if (b.containsKey("domain")) {
      inv.setDomain(id, b.getString("domain"));
    }
    if (b.containsKey("note")) {
      inv.ip(id).note = b.getString("note");
    }
    return ok(JsonValue.EMPTY_JSON_OBJECT);
  }

  // --- views

  static Map<String, Object> user(Account a) {
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("id", a.id);
    u.put("email", a.email);
    u.put("full_name", a.fullName);
    u.put("role", a.isAdmin() ? "@admin" : "@user");
    return u;
  }

  static Map<String, Object> server(Inventory inv, Server s) {
    return server(inv, s, inv.ipsOf(s.id));
  }

  private static Map<String, Object> server(Inventory inv, Server s, List<IpAddress> ips) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", s.id);
    v.put("name", s.name);
    v.put("configuration", s.configuration);
    v.put("type", s.type);
    v.put("domain", s.hostname);
    v.put("owner", s.ownerId);
    v.put("owner_email", inv.account(s.ownerId).map(a -> a.email).orElse(null));
    v.put("is_new", false);
    v.put("location_id", s.location);
    v.put("rack", Map.of("name", s.rack));
    v.put("unit", s.unit);
    v.put("power_status", s.poweredOn ? "on" : "off");
    Operation op = s.shownOperation(inv.now());
    String status = op == null ? null : op.status(inv.now());
    boolean failed = Operation.FAILED.equals(status);
    if (s.diagInProgress) {
      v.put("state", "diag");
    } else {
      v.put("state", Operation.IN_PROGRESS.equals(status) ? op.kind : "ok");
    }
    v.put("state_info", failed ? "OS installation failed" : "");
    if (op != null) {
      Map<String, Object> operation = new LinkedHashMap<>();
      operation.put("id", op.id);
      operation.put("name", op.kind);
      operation.put("status", status);
      operation.put("status_info", failed ? "OS installation failed" : "");
      operation.put("progress_info", op.progress(inv.now()));
      v.put("operation", operation);
    } else {
      v.put("operation", null);
    }
    Operation install = s.operation;
    v.put(
        "os_template",
        install == null
            ? null
            : Map.of(
                "id",
                templateId(inv, install.template),
                "name",
                install.template,
                "tags",
                List.of()));
    v.put("ip", ips.stream().map(RestApi::ip).toList());
    String port = s.blocked ? "down" : "up";
    v.put(
        "switch_connection",
        List.of(
            Map.of(
                "id", s.id, "switch", "sw-" + s.rack, "admin_status", port, "oper_status", port)));
    v.put("hwproblem", s.hwproblem);
    v.put("diag_in_progress", s.diagInProgress);
    v.put("blocked", s.blocked);
    return v;
  }

  private static long templateId(Inventory inv, String name) {
    return inv.templates.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(0L);
  }

  static Map<String, Object> pool(IpPool p) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", p.id);
    v.put("name", p.name);
    v.put("is_public", p.isPublic);
    v.put("family", p.family);
    v.put("total_ipv4", "ipv4".equals(p.family) ? p.total : 0);
    v.put("using_ipv4", "ipv4".equals(p.family) ? p.used() : 0);
    v.put("total_ipv6", "ipv6".equals(p.family) ? p.total : 0);
    v.put("using_ipv6", "ipv6".equals(p.family) ? p.used() : 0);
    return v;
  }

  static Map<String, Object> ip(IpAddress ip) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("id", ip.id);
    v.put("name", ip.address);
    v.put("domain", ip.domain);
    v.put("family", ip.family);
    v.put("gateway", ip.pool.gateway);
    v.put("network", ip.pool.network);
    v.put("status", ip.serverId == null ? "reserved" : "assigned");
    v.put("server", ip.serverId);
    v.put("pool", ip.pool.id);
    v.put("note", ip.note);
    return v;
  }

  // --- lists: where, orderby, limit

  private static Reply list(Request r, List<Map<String, Object>> rows) {
    Predicate<Map<String, Object>> where = Where.parse(r.param("where"));
    List<Map<String, Object>> matched = new ArrayList<>(rows.stream().filter(where).toList());
    Comparator<Map<String, Object>> order = orderBy(r.param("orderby"));
    if (order != null) {
      matched.sort(order);
    }
    int[] window = window(r, matched.size());
    JsonArrayBuilder list = JSON.createArrayBuilder();
    matched.stream().skip(window[0]).limit(window[1]).forEach(row -> list.add(object(row)));
    return ok(JSON.createObjectBuilder().add("list", list).add("size", matched.size()).build());
  }

  /**
   * A listing without a filter, in id order (the inventory's own order): it can be sliced first.
   */
  private static boolean byIdOnly(Request r) {
    String where = r.param("where");
    String order = r.param("orderby");
    return (where == null || where.isBlank()) && (order == null || order.strip().equals("id"));
  }

  private static <T> List<T> slice(Request r, List<T> rows) {
    int[] window = window(r, rows.size());
    return rows.subList(
        Math.min(window[0], rows.size()), Math.min(rows.size(), window[0] + window[1]));
  }

  private static Reply page(Request r, int total, List<Map<String, Object>> rows) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    rows.forEach(row -> list.add(object(row)));
    return ok(JSON.createObjectBuilder().add("list", list).add("size", total).build());
  }

  /** The {@code limit} parameter: {@code <offset>,<size>} or {@code <size>}. */
  private static int[] window(Request r, int size) {
    int offset = 0;
    int count = size;
    String limit = r.param("limit");
    if (limit != null && !limit.isBlank()) {
      String[] parts = limit.split(",");
      try {
        offset = parts.length == 2 ? Integer.parseInt(parts[0].trim()) : 0;
        count = Integer.parseInt(parts[parts.length - 1].trim());
      } catch (NumberFormatException e) {
        throw DcimError.value("limit", "limit is '<offset>,<size>' or '<size>'");
      }
    }
    return new int[] {offset, count};
  }

  private static Comparator<Map<String, Object>> orderBy(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Comparator<Map<String, Object>> order = null;
    for (String part : text.split(",")) {
      String[] words = part.trim().split("\\s+");
      String field = words[0];
      Comparator<Map<String, Object>> one =
          Comparator.comparing(
              row -> String.valueOf(row.get(field)),
              Comparator.nullsFirst(RestApi::naturalCompare));
      if (words.length > 1 && words[1].equalsIgnoreCase("DESC")) {
        one = one.reversed();
      }
      order = order == null ? one : order.thenComparing(one);
    }
    return order;
  }

  private static int naturalCompare(String a, String b) {
    if (a.matches("-?\\d+") && b.matches("-?\\d+")) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }

  // --- JSON helpers

  static JsonObject object(Map<String, Object> values) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    values.forEach((k, v) -> o.add(k, value(v)));
    return o.build();
  }

  @SuppressWarnings("unchecked")
  private static JsonValue value(Object v) {
    if (v == null) {
      return JsonValue.NULL;
    } else if (v instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    } else if (v instanceof Integer i) {
      return JSON.createValue(i);
    } else if (v instanceof Long l) {
      return JSON.createValue(l);
    } else if (v instanceof Map<?, ?> m) {
      return object((Map<String, Object>) m);
    } else if (v instanceof List<?> list) {
      JsonArrayBuilder a = JSON.createArrayBuilder();
      list.forEach(item -> a.add(value(item)));
      return a.build();
    }
    return JSON.createValue(String.valueOf(v));
  }

  private static Reply ok(JsonObject body) {
    return Reply.json(200, body.toString());
  }

  private static Reply done(Runnable action) {
    action.run();
    return ok(JsonValue.EMPTY_JSON_OBJECT);
  }

  private static long id(Matcher path) {
    try {
      return Long.parseLong(path.group(1));
    } catch (NumberFormatException e) {
      throw DcimError.value("id", "'" + path.group(1) + "' is not an id");
    }
  }

  private static String requiredText(JsonObject body, String field) {
    if (!body.containsKey(field) || body.isNull(field)) {
      throw DcimError.missing(field);
    }
    return text(body.get(field));
  }

  private static long requiredLong(JsonObject body, String field) {
    String text = requiredText(body, field);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw DcimError.value(field, "'" + text + "' is not an id");
    }
  }

  private static String text(JsonValue value) {
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((jakarta.json.JsonString) value).getString()
        : value.toString();
  }
}
