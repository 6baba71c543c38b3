package org.metalcart.dcim.v6;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.metalcart.dcim.AccountIdentity;
import org.metalcart.dcim.AllocatedAddress;
import org.metalcart.dcim.DcimAccount;
import org.metalcart.dcim.DcimBusyException;
import org.metalcart.dcim.DcimExchange;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimIp;
import org.metalcart.dcim.DcimRefusedException;
import org.metalcart.dcim.DcimServer;
import org.metalcart.dcim.DcimSettings;
import org.metalcart.dcim.InstallState;
import org.metalcart.dcim.IpFamily;
import org.metalcart.dcim.OsInstall;
import org.metalcart.dcim.PanelLogin;

/**
 * {@link DcimGateway} on DCImanager 6. Logs in with the administrator's email and password, keeps
 * the token, and logs in again once when DCImanager refuses it (tokens expire).
 */
public final class Dci6Gateway implements DcimGateway {

  /**
   * Looked up once: {@code Json.createReader} and its kind look the provider up on every call, a
   * class-path search that took about 5 % of the server's time under the order benchmark.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Servers read per page while looking for free ones. */
  private static final int FREE_SERVER_PAGE = 20;

  /** Servers or addresses read per page when the whole inventory is read. */
  private static final int INVENTORY_PAGE = 500;

  /**
   * The note of every address Metalcart allocates, followed by the server it is for: how an address
   * allocated and then not attached (provisioning stopped between the two calls) is found again.
   */
  static final String ALLOCATION_NOTE = "metalcart: server ";

  private final Dci6Api api;
  private final Dci6ProvisionalApi provisional;
  private final DcimExchange exchange;
  private final DcimSettings settings;
  private final Map<String, String> poolIds = new ConcurrentHashMap<>();
  private volatile String token;

  public Dci6Gateway(DcimSettings settings, DcimExchange exchange) {
    this.settings = settings;
    this.exchange = exchange;
    this.api = client(settings, Dci6Api.class);
    this.provisional = client(settings, Dci6ProvisionalApi.class);
  }

  private static <T> T client(DcimSettings settings, Class<T> api) {
    return RestClientBuilder.newBuilder()
        .baseUri(settings.url())
        .connectTimeout(
            settings.connectTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        .readTimeout(settings.readTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        // Errors are DCImanager's JSON documents, read here; not exceptions of the REST client.
        .property("microprofile.rest.client.disable.default.mapper", true)
        .build(api);
  }

  @Override
  public Optional<DcimAccount> findAccount(AccountIdentity identity) {
    JsonArray users =
        call(
                "GET /dci/v3/user",
                "where=email EQ " + quote(identity.email()),
                t -> api.users(t, "email EQ " + quote(identity.email())))
            .getJsonArray("list");
    return users.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new DcimAccount(
                text(users.getJsonObject(0), "id"), users.getJsonObject(0).getString("email")));
  }

  @Override
  public DcimAccount createAccount(AccountIdentity identity, String fullName, String password) {
    String body =
        JSON.createObjectBuilder()
            .add("email", identity.email())
            .add("full_name", fullName)
            .add("password", password)
            .add("role", "@user")
            .build()
            .toString();
    JsonObject created = call("POST /dci/v3/user", body, t -> api.createUser(t, body));
    return new DcimAccount(text(created, "id"), identity.email());
  }

  @Override
  public List<DcimServer> findFreeServers(String packageName, int max) {
    String where =
        "(owner_email IS null) AND (configuration EQ "
            + quote(packageName)
            + " OR type EQ "
            + quote(packageName)
            + ")"
            + " AND domain EQ 'free.ds' AND hwproblem EQ false AND diag_in_progress EQ false AND blocked EQ false";
    // A server released while its install still runs is not free yet. The where clause cannot say
    // so (the operation is not a plain field), so such servers are passed over here, a page at a
    // time until enough are found.
    List<DcimServer> free = new ArrayList<>();
    int pageSize = Math.max(max, FREE_SERVER_PAGE);
    for (int offset = 0; free.size() < max; offset += pageSize) {
      String limit = offset + "," + pageSize;
      JsonObject page =
          call(
              "GET /dci/v3/server",
              "where=" + where + " limit=" + limit,
              t -> api.servers(t, where, "id", limit));
      JsonArray list = page.getJsonArray("list");
      list.stream()
          .map(JsonValue::asJsonObject)
          .filter(s -> running(s).isEmpty())
          .limit(max - free.size())
          .forEach(s -> free.add(toServer(s)));
      if (list.size() < pageSize || offset + pageSize >= page.getInt("size", 0)) {
        break;
      }
    }
    return free;
  }

  /** Every server, a page of {@value #INVENTORY_PAGE} at a time. */
  @Override
  public List<DcimServer> servers() {
    List<DcimServer> all = new ArrayList<>();
    for (int offset = 0; ; offset += INVENTORY_PAGE) {
      String limit = offset + "," + INVENTORY_PAGE;
      JsonObject page =
          call("GET /dci/v3/server", "limit=" + limit, t -> api.servers(t, null, "id", limit));
      JsonArray list = page.getJsonArray("list");
      list.forEach(s -> all.add(toServer(s.asJsonObject())));
      if (list.size() < INVENTORY_PAGE || all.size() >= page.getInt("size", 0)) {
        return all;
      }
    }
  }

  @Override
  public boolean listsRunningOperations() {
    return true;
  }

  @Override
  public boolean tellsInstalls() {
    return true;
  }

  /** The addresses whose note says Metalcart allocated them (see {@link #allocateIp}). */
  @Override
  public List<AllocatedAddress> allocatedAddresses() {
    String where = "note CP '" + ALLOCATION_NOTE + "%'";
    List<AllocatedAddress> all = new ArrayList<>();
    for (int offset = 0; ; offset += INVENTORY_PAGE) {
      String limit = offset + "," + INVENTORY_PAGE;
      JsonObject page =
          call(
              "GET /ip/v3/ip", "where=" + where + " limit=" + limit, t -> api.ips(t, where, limit));
      JsonArray list = page.getJsonArray("list");
      for (JsonValue value : list) {
        JsonObject ip = value.asJsonObject();
        String note = ip.getString("note", "");
        all.add(
            new AllocatedAddress(
                text(ip, "id"),
                ip.getString("name"),
                note.startsWith(ALLOCATION_NOTE)
                    ? note.substring(ALLOCATION_NOTE.length())
                    : null));
      }
      if (list.size() < INVENTORY_PAGE || all.size() >= page.getInt("size", 0)) {
        return all;
      }
    }
  }

  @Override
  public void releaseAddress(String addressId) {
    call("DELETE /ip/v3/ip/{id}", addressId, t -> api.deleteIp(t, addressId));
  }

  @Override
  public Optional<String> runningOperation(String serverId) {
    return running(serverJson(serverId));
  }

  /** The operation DCImanager 6 shows running on a server, or diagnostics. */
  private static Optional<String> running(JsonObject server) {
    JsonValue operation = server.get("operation");
    if (operation != null && operation.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject op = operation.asJsonObject();
      if ("in_progress".equals(op.getString("status", ""))) {
        return Optional.of(
            op.getString("name", "an operation") + " (operation " + text(op, "id") + ")");
      }
    }
    return server.getBoolean("diag_in_progress", false)
        ? Optional.of("diagnostics")
        : Optional.empty();
  }

  @Override
  public DcimServer server(String serverId) {
    return toServer(serverJson(serverId));
  }

  private JsonObject serverJson(String serverId) {
    return call("GET /dci/v3/server/{id}", serverId, t -> api.server(t, serverId));
  }

  @Override
  public void assignOwner(String serverId, String accountId) {
    String body = "{\"owner\": " + Long.parseLong(accountId) + "}";
    call(
        "POST /dci/v3/server/{id}/owner",
        serverId + " " + body,
        t -> provisional.owner(t, serverId, body));
  }

  @Override
  public void removeOwner(String serverId) {
    String body = "{\"owner\": null}";
    call(
        "POST /dci/v3/server/{id}/owner",
        serverId + " " + body,
        t -> provisional.owner(t, serverId, body));
  }

  @Override
  public DcimIp allocateIp(String serverId, String pool, IpFamily family, String hostname) {
    String poolId = poolId(pool);
    JsonObjectBuilder request =
        JSON.createObjectBuilder()
            .add("family", family.wireName())
            .add("note", ALLOCATION_NOTE + serverId);
    if (hostname != null) {
      request.add("domain", hostname);
    }
    String body = request.build().toString();
    String ipId =
        text(
            call(
                "POST /ip/v3/ippool/{pool}/ip",
                poolId + " " + body,
                t -> api.allocate(t, poolId, body)),
            "id");
    String attach = "{\"ip_id\": " + Long.parseLong(ipId) + "}";
    call(
        "POST /dci/v3/server/{id}/ip",
        serverId + " " + attach,
        t -> provisional.attachIp(t, serverId, attach));
    JsonArray found =
        call("GET /ip/v3/ip", "where=id EQ " + ipId, t -> api.ips(t, "id EQ " + ipId))
            .getJsonArray("list");
    return toIp(found.getJsonObject(0));
  }

  @Override
  public void setHostname(String serverId, String hostname) {
    String body = JSON.createObjectBuilder().add("domain", hostname).build().toString();
    for (DcimIp ip : ips(serverId)) {
      call("POST /ip/v3/ip/{id}", ip.id() + " " + body, t -> api.editIp(t, ip.id(), body));
    }
  }

  @Override
  public String startOsInstall(String serverId, OsInstall install) {
    JsonObjectBuilder request =
        JSON.createObjectBuilder()
            .add("os_template", install.template())
            .add("password", install.password())
            .add("domain", install.hostname());
    request.add(
        "recipe", install.recipe() == null ? JsonValue.NULL : JSON.createValue(install.recipe()));
    String body = request.build().toString();
    return text(
        call(
            "POST /dci/v3/server/{id}/operation/install",
            serverId + " " + body,
            t -> provisional.install(t, serverId, body)),
        "id");
  }

  @Override
  public InstallState installState(String serverId) {
    JsonObject server = serverJson(serverId);
    if (!server.containsKey("operation") || server.isNull("operation")) {
      return InstallState.NONE;
    }
    return switch (server.getJsonObject("operation").getString("status", "")) {
      case "in_progress" -> InstallState.IN_PROGRESS;
      // DCImanager 6 counts a cancelled operation as finished without error.
      case "ok", "canceled" -> InstallState.COMPLETED;
      case "failed" -> InstallState.FAILED;
      default -> InstallState.IN_PROGRESS;
    };
  }

  @Override
  public void block(String serverId) {
    call(
        "POST /dci/v3/server/{id}/block",
        serverId,
        t -> provisional.block(t, serverId, "block", "{}"));
  }

  @Override
  public void unblock(String serverId) {
    call(
        "POST /dci/v3/server/{id}/unblock",
        serverId,
        t -> provisional.block(t, serverId, "unblock", "{}"));
  }

  @Override
  public void powerOn(String serverId) {
    power(serverId, "power_on");
  }

  @Override
  public void powerOff(String serverId) {
    power(serverId, "power_off");
  }

  @Override
  public void reboot(String serverId) {
    power(serverId, "power_reset");
  }

  private void power(String serverId, String action) {
    call("POST /dci/v3/server/{id}/" + action, serverId, t -> api.power(t, serverId, action, "{}"));
  }

  @Override
  public void release(String serverId) {
    DcimGateway.requireIdle(this, serverId);
    unblock(serverId);
    powerOff(serverId);
    List<DcimIp> ips = ips(serverId);
    // DCImanager 6 lists a server's main address first (provisional: no "main" marker was found).
    for (DcimIp extra : ips.subList(Math.min(1, ips.size()), ips.size())) {
      call("DELETE /ip/v3/ip/{id}", extra.id(), t -> api.deleteIp(t, extra.id()));
    }
    removeOwner(serverId);
    if (!ips.isEmpty()) {
      String body = "{\"domain\": \"" + DcimServer.FREE_HOSTNAME + "\"}";
      call(
          "POST /ip/v3/ip/{id}",
          ips.get(0).id() + " " + body,
          t -> api.editIp(t, ips.get(0).id(), body));
    }
  }

  @Override
  public List<DcimIp> ips(String serverId) {
    List<DcimIp> ips = new ArrayList<>();
    JsonArray list = serverJson(serverId).getJsonArray("ip");
    for (int i = 0; list != null && i < list.size(); i++) {
      ips.add(toIp(list.getJsonObject(i)));
    }
    return ips;
  }

  // --- the exchange

  /** One authenticated call; a refused token is renewed once. */
  @Override
  public List<String> osTemplates() {
    return call("GET /dci/v3/os_template", "", provisional::templates)
        .getJsonArray("list")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(t -> t.getString("name"))
        .toList();
  }

  /** DCImanager 6 has no Server Type: its configurations are the whole list. */
  @Override
  public List<String> packageNames() {
    return names(
        call("GET /dci/v3/server/configuration", "", api::configurations), "configuration");
  }

  @Override
  public Optional<List<String>> addressPools() {
    return Optional.of(names(call("GET /ip/v3/ippool", "", t -> api.pools(t, null)), "name"));
  }

  private static List<String> names(JsonObject answer, String field) {
    return answer.getJsonArray("list").getValuesAs(JsonObject.class).stream()
        .map(row -> text(row, field))
        .filter(name -> name != null && !name.isBlank())
        .distinct()
        .sorted()
        .toList();
  }

  @Override
  public boolean changesAccountPasswords() {
    return false;
  }

  /**
   * Refused: the call that sets a DCImanager 6 user's password is not among the verified or
   * provisional ones, and guessing one on a production panel is worse than saying no.
   */
  @Override
  public void changeAccountPassword(String accountId, String password) {
    throw new DcimRefusedException(
        "unsupported",
        null,
        "changing an account's password through the API is not supported for DCImanager 6;"
            + " change it in DCImanager's panel");
  }

  /**
   * The auth service's key for the user (ISPsystem's "sign in with a key", valid one hour), opened
   * in the browser at {@code /auth/key-v4/<key>}.
   */
  @Override
  public PanelLogin panelLogin(String accountId, String accountName) {
    JsonObject key =
        call("POST /auth/v4/user/{id}/key", accountId, t -> api.loginKey(t, accountId, "{}"));
    return new PanelLogin(
        URI.create(
            settings.panelBase()
                + "/auth/key-v4/"
                + URLEncoder.encode(key.getString("key"), StandardCharsets.UTF_8)),
        Duration.ofHours(1));
  }

  private JsonObject call(String function, String request, Function<String, Response> send) {
    String current = token();
    try {
      return exchange.call(
          "v6:" + function,
          function + " " + request,
          () -> send.apply(current),
          Dci6Gateway::interpret);
    } catch (DcimRefusedException e) {
      if (!e.isAuthentication()) {
        throw e;
      }
      token = null;
      String renewed = token();
      return exchange.call(
          "v6:" + function,
          function + " " + request,
          () -> send.apply(renewed),
          Dci6Gateway::interpret);
    }
  }

  private String token() {
    String current = token;
    if (current == null) {
      String body =
          JSON.createObjectBuilder()
              .add("email", settings.username())
              .add("password", settings.password())
              .build()
              .toString();
      current =
          text(
              exchange.call(
                  "v6:POST /auth/v4/public/token",
                  "POST /auth/v4/public/token " + body,
                  () -> api.token(body),
                  Dci6Gateway::interpret),
              "token");
      token = current;
    }
    return current;
  }

  /**
   * A 2xx answer as JSON; anything else as a refusal. Both error shapes seen in DCImanager 6's
   * documents are read: {@code {"error":{"code","msg","value"}}} and {@code
   * {"error":"text","code":n}}.
   */
  static JsonObject interpret(DcimExchange.Answer answer) {
    JsonObject body = parse(answer.body());
    if (answer.status() / 100 == 2) {
      return body;
    }
    String reason = answer.status() == 401 ? "401" : String.valueOf(answer.status());
    JsonValue error = body.get("error");
    if (error != null && error.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject e = error.asJsonObject();
      String field = e.containsKey("value") && !e.isNull("value") ? text(e, "value") : null;
      String message =
          e.getString("msg", "DCImanager refused the request") + " (code " + text(e, "code") + ")";
      if (answer.status() == 409 && Dci6ProvisionalApi.OPERATION_RUNNING.equals(text(e, "code"))) {
        throw new DcimBusyException(reason, field, message);
      }
      throw new DcimRefusedException(reason, field, message);
    }
    String message =
        error != null && error.getValueType() == JsonValue.ValueType.STRING
            ? body.getString("error")
            : "HTTP " + answer.status();
    throw new DcimRefusedException(reason, null, message);
  }

  private static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonParsingException | ClassCastException e) {
      return JSON.createObjectBuilder()
          .add("error", body.length() > 200 ? body.substring(0, 200) : body)
          .build();
    }
  }

  // --- translation into Metalcart's model

  private static DcimServer toServer(JsonObject s) {
    return new DcimServer(
        text(s, "id"),
        s.getString("name", null),
        s.getString("configuration", null),
        s.containsKey("type") && !s.isNull("type") ? s.getString("type") : null,
        s.containsKey("domain") && !s.isNull("domain") ? s.getString("domain") : null,
        s.containsKey("owner") && !s.isNull("owner") ? text(s, "owner") : null,
        s.getBoolean("blocked", false),
        s.getBoolean("hwproblem", false),
        s.getBoolean("diag_in_progress", false),
        "on".equals(s.getString("power_status", "")),
        s.containsKey("operation") && !s.isNull("operation")
            ? text(s.getJsonObject("operation"), "id")
            : null,
        s.containsKey("ip") && !s.isNull("ip")
            ? s.getJsonArray("ip").stream().map(ip -> text(ip.asJsonObject(), "id")).toList()
            : List.of());
  }

  private static DcimIp toIp(JsonObject ip) {
    return new DcimIp(
        text(ip, "id"),
        ip.getString("name"),
        IpFamily.ofWireName(ip.getString("family", "ipv4")),
        ip.containsKey("domain") && !ip.isNull("domain") ? ip.getString("domain") : null);
  }

  private String poolId(String pool) {
    return poolIds.computeIfAbsent(
        pool,
        name -> {
          JsonArray pools =
              call(
                      "GET /ip/v3/ippool",
                      "where=name EQ " + quote(name),
                      t -> api.pools(t, "name EQ " + quote(name)))
                  .getJsonArray("list");
          if (pools.isEmpty()) {
            throw new DcimRefusedException(
                "404", "pool", "DCImanager has no address pool named '" + name + "'");
          }
          return text(pools.getJsonObject(0), "id");
        });
  }

  private static String text(JsonObject object, String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value.getValueType() == JsonValue.ValueType.STRING
        ? object.getString(field)
        : value.toString();
  }

  /** A text literal of a where clause. */
  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
