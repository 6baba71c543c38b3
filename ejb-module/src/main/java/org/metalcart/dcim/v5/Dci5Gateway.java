package org.metalcart.dcim.v5;

import static org.metalcart.dcim.DcimGateway.requireIdle;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.metalcart.dcim.AccountIdentity;
import org.metalcart.dcim.AllocatedAddress;
import org.metalcart.dcim.DcimAccount;
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
import org.w3c.dom.Node;

/**
 * {@link DcimGateway} on DCImanager 5, as ISPsystem's WHMCS module does it: every call
 * authenticated with {@code authinfo}, the free server chosen by the module's XPath over {@code
 * func=server}.
 */
public final class Dci5Gateway implements DcimGateway {

  private static final String NO_OWNER = "no_owner";

  private final Dci5Api api;
  private final DcimExchange exchange;
  private final String authinfo;
  private final DcimSettings settings;

  public Dci5Gateway(DcimSettings settings, DcimExchange exchange) {
    this.exchange = exchange;
    this.settings = settings;
    this.authinfo = settings.username() + ":" + settings.password();
    this.api =
        RestClientBuilder.newBuilder()
            .baseUri(settings.url())
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .property("microprofile.rest.client.disable.default.mapper", true)
            .build(Dci5Api.class);
  }

  @Override
  public Optional<DcimAccount> findAccount(AccountIdentity identity) {
    FuncAnswer users = call("user");
    String id = users.text("//elem[name=" + FuncAnswer.literal(identity.username()) + "]/id");
    return id.isEmpty() ? Optional.empty() : Optional.of(new DcimAccount(id, identity.username()));
  }

  @Override
  public DcimAccount createAccount(AccountIdentity identity, String fullName, String password) {
    String id =
        call(
                "user.edit",
                "sok",
                "ok",
                "level",
                "lvUser",
                "name",
                identity.username(),
                "passwd",
                password)
            .text("/doc/id");
    return new DcimAccount(id, identity.username());
  }

  @Override
  public List<DcimServer> findFreeServers(String packageName, int max) {
    String p = FuncAnswer.literal(packageName);
    // The module's rule; the first match wins.
    String free =
        "//elem[(not(owner) or owner='') and (chassis_templ="
            + p
            + " or type="
            + p
            + ")"
            + " and hostname='free.ds' and not(blocked) and not(hwproblem) and not(diag_in_progress)"
            // Beyond the module: a server released while its install still runs is not free yet.
            + " and not(install_in_progress)]";
    FuncAnswer servers = call("server");
    List<Node> found = servers.nodes(free);
    if (found.isEmpty()) {
      return List.of();
    }
    FuncAnswer owners = ownerIds();
    return found.stream().limit(max).map(node -> toServer(servers, node, owners)).toList();
  }

  @Override
  public DcimServer server(String serverId) {
    FuncAnswer servers = call("server");
    Node server = serverElem(servers, serverId);
    return toServer(servers, server, ownerIds());
  }

  /**
   * What the module waits on before it releases a server: a connection of the server (its switch
   * port, its power or IPMI connection) marked {@code func_in_progress}. DCImanager 5 does not say
   * which operation it is.
   */
  @Override
  public Optional<String> runningOperation(String serverId) {
    FuncAnswer connections = call("server.connection", "elid", serverId);
    List<Node> busy = connections.nodes("//elem[func_in_progress]");
    if (busy.isEmpty()) {
      return Optional.empty();
    }
    String name = connections.text(busy.get(0), "name");
    return Optional.of("an operation (func_in_progress on " + name + ")");
  }

  /** The {@code <elem>} of one server in a {@code func=server} answer; an unknown id is refused. */
  private static Node serverElem(FuncAnswer servers, String serverId) {
    List<Node> found = servers.nodes("//elem[id=" + FuncAnswer.literal(serverId) + "]");
    if (found.isEmpty()) {
      throw new DcimRefusedException("missed", "elid", "DCImanager has no server " + serverId);
    }
    return found.get(0);
  }

  /** DCImanager 5 lists servers with the owner's name; Metalcart works with account ids. */
  private FuncAnswer ownerIds() {
    return call("user");
  }

  @Override
  public void assignOwner(String serverId, String accountId) {
    call("server.edit", "sok", "ok", "elid", serverId, "owner", accountId);
  }

  @Override
  public void removeOwner(String serverId) {
    call("server.edit", "sok", "ok", "elid", serverId, "owner", NO_OWNER);
  }

  @Override
  public DcimIp allocateIp(String serverId, String pool, IpFamily family, String hostname) {
    FuncAnswer added =
        call(
            "iplist.edit",
            "sok",
            "ok",
            "plid",
            serverId,
            "ip",
            "",
            "iptype",
            pool,
            "family",
            family.wireName(),
            "domain",
            hostname == null ? "" : hostname);
    return new DcimIp(added.text("/doc/id"), added.text("/doc/ip"), family, hostname);
  }

  @Override
  public void setHostname(String serverId, String hostname) {
    for (DcimIp ip : ips(serverId)) {
      call("iplist.edit", "sok", "ok", "elid", ip.id(), "plid", serverId, "domain", hostname);
    }
  }

  @Override
  public String startOsInstall(String serverId, OsInstall install) {
    return call(
            "server.operations",
            "sok",
            "ok",
            "elid",
            serverId,
            "operation",
            "ostemplate",
            "ostemplate",
            install.template(),
            "passwd",
            install.password(),
            "confirm",
            install.password(),
            "checkpasswd",
            install.password(),
            "recipe",
            install.recipe() == null ? "null" : install.recipe(),
            "domain",
            install.hostname())
        .text("/doc/id");
  }

  /**
   * The module's conditions: installing while {@code install_in_progress}, failed on {@code
   * operation_failed}, done otherwise. DCImanager 5 does not tell "done" from "never started".
   */
  @Override
  public InstallState installState(String serverId) {
    FuncAnswer servers = call("server");
    Node server = serverElem(servers, serverId);
    if (servers.has(server, "operation_failed")) {
      return InstallState.FAILED;
    }
    return servers.has(server, "install_in_progress")
        ? InstallState.IN_PROGRESS
        : InstallState.COMPLETED;
  }

  @Override
  public void block(String serverId) {
    call("server.disable", "elid", serverId);
  }

  @Override
  public void unblock(String serverId) {
    call("server.enable", "elid", serverId);
  }

  @Override
  public void powerOn(String serverId) {
    call("server.poweron", "elid", serverId);
  }

  @Override
  public void powerOff(String serverId) {
    call("server.poweroff", "elid", serverId);
  }

  @Override
  public void reboot(String serverId) {
    call("server.reboot", "elid", serverId);
  }

  /**
   * The module's Terminate: only when no operation runs on the server, enable, power off, delete
   * every address but the main one, no owner, free.ds.
   */
  @Override
  public void release(String serverId) {
    requireIdle(this, serverId);
    unblock(serverId);
    powerOff(serverId);
    List<DcimIp> ips = ips(serverId);
    for (DcimIp extra : ips.subList(Math.min(1, ips.size()), ips.size())) {
      call("iplist.delete", "elid", extra.id(), "plid", serverId);
    }
    removeOwner(serverId);
    if (!ips.isEmpty()) {
      call(
          "iplist.edit",
          "sok",
          "ok",
          "elid",
          ips.get(0).id(),
          "plid",
          serverId,
          "domain",
          DcimServer.FREE_HOSTNAME);
    }
  }

  /** The server's addresses, its main one (the {@code ip} of {@code func=server}) first. */
  @Override
  public List<DcimIp> ips(String serverId) {
    String mainAddress = call("server").text("//elem[id=" + FuncAnswer.literal(serverId) + "]/ip");
    FuncAnswer list = call("iplist", "elid", serverId);
    List<DcimIp> ips = new ArrayList<>();
    for (Node elem : list.nodes("//elem")) {
      DcimIp ip =
          new DcimIp(
              list.text(elem, "id"),
              list.text(elem, "ip"),
              IpFamily.ofWireName(emptyToNull(list.text(elem, "family"))),
              emptyToNull(list.text(elem, "domain")));
      if (ip.address().equals(mainAddress)) {
        ips.add(0, ip);
      } else {
        ips.add(ip);
      }
    }
    return ips;
  }

  /** One listing of the servers and one of the users, whatever the size of the inventory. */
  @Override
  public List<DcimServer> servers() {
    FuncAnswer servers = call("server");
    FuncAnswer users = ownerIds();
    java.util.Map<String, String> idsByName = new java.util.HashMap<>();
    for (Node user : users.nodes("//elem")) {
      idsByName.put(users.text(user, "name"), users.text(user, "id"));
    }
    return servers.nodes("//elem").stream()
        .map(
            elem -> {
              String owner = servers.text(elem, "owner");
              return toServer(servers, elem, owner.isEmpty() ? null : idsByName.get(owner));
            })
        .toList();
  }

  @Override
  public boolean listsRunningOperations() {
    return false;
  }

  @Override
  public boolean tellsInstalls() {
    return false;
  }

  @Override
  public List<AllocatedAddress> allocatedAddresses() {
    return List.of();
  }

  @Override
  public void releaseAddress(String addressId) {
    throw new UnsupportedOperationException(
        "DCImanager 5 allocates addresses to servers: none is without one");
  }

  private static DcimServer toServer(FuncAnswer servers, Node elem, FuncAnswer users) {
    String owner = servers.text(elem, "owner");
    String ownerId =
        owner.isEmpty() ? null : users.text("//elem[name=" + FuncAnswer.literal(owner) + "]/id");
    return toServer(servers, elem, ownerId);
  }

  private static DcimServer toServer(FuncAnswer servers, Node elem, String ownerId) {
    return new DcimServer(
        servers.text(elem, "id"),
        servers.text(elem, "name"),
        servers.text(elem, "chassis_templ"),
        servers.text(elem, "type"),
        servers.text(elem, "hostname"),
        emptyToNull(ownerId),
        servers.has(elem, "blocked") || servers.has(elem, "disabled"),
        servers.has(elem, "hwproblem"),
        servers.has(elem, "diag_in_progress"),
        servers.has(elem, "poweron"),
        null,
        List.of());
  }

  @Override
  public List<String> osTemplates() {
    FuncAnswer templates = call("osmgr");
    return templates.nodes("//elem/name").stream().map(Node::getTextContent).toList();
  }

  /** The Configurations ({@code chassis_templ}) and Server Types of the servers in the list. */
  @Override
  public List<String> packageNames() {
    FuncAnswer servers = call("server");
    SortedSet<String> names = new TreeSet<>();
    for (Node elem : servers.nodes("//elem")) {
      names.add(servers.text(elem, "chassis_templ"));
      names.add(servers.text(elem, "type"));
    }
    names.remove("");
    return List.copyOf(names);
  }

  /**
   * DCImanager 5 takes an address group by name ({@code iptype}), and no call that lists the groups
   * is known: the operator names it.
   */
  @Override
  public Optional<List<String>> addressPools() {
    return Optional.empty();
  }

  @Override
  public boolean changesAccountPasswords() {
    return true;
  }

  /** The module's ChangePassword: {@code user.edit} of the account with the new password. */
  @Override
  public void changeAccountPassword(String accountId, String password) {
    call("user.edit", "sok", "ok", "elid", accountId, "passwd", password, "confirm", password);
  }

  /** The module's way in: a key of the account's session ({@code session.newkey}), used once. */
  @Override
  public PanelLogin panelLogin(String accountId, String accountName) {
    byte[] random = new byte[24];
    KEYS.nextBytes(random);
    String key = HexFormat.of().formatHex(random);
    call("session.newkey", "username", accountName, "key", key);
    return new PanelLogin(
        URI.create(
            settings.panelBase()
                + "/dcimgr?func=auth&username="
                + URLEncoder.encode(accountName, StandardCharsets.UTF_8)
                + "&key="
                + key),
        Duration.ofHours(1));
  }

  private static final SecureRandom KEYS = new SecureRandom();

  private FuncAnswer call(String func, String... params) {
    MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
    form.putSingle("authinfo", authinfo);
    form.putSingle("out", "xml");
    form.putSingle("func", func);
    StringBuilder logged = new StringBuilder("func=").append(func);
    for (int i = 0; i < params.length; i += 2) {
      form.putSingle(params[i], params[i + 1]);
      logged.append('&').append(params[i]).append('=').append(params[i + 1]);
    }
    return exchange.call(
        "v5:" + func, logged.toString(), () -> api.call(form), FuncAnswer::interpret);
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
