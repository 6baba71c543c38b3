package org.metalcart.dcimsim;

import java.util.HashMap;
import java.util.Map;

/**
 * DCImanager 5's func API: {@code /dcimgr?func=…} with form or query parameters, authenticated by
 * {@code authinfo=user:password} or by a session ({@code func=auth}, then {@code auth=<session>}).
 * Errors are answered with HTTP 200 and an {@code <error>} document, as the real product does.
 */
final class FuncApi {

  private static final String NO_OWNER = "no_owner";

  /** Keys made with {@code session.newkey}: user name to key, for {@code func=auth&key=}. */
  private final Map<String, String> keys = new HashMap<>();

  static String function(Request request) {
    return "v5:" + request.param("func");
  }

  Reply handle(Inventory inventory, Request request) {
    boolean json = "json".equals(request.param("out"));
    try {
      return answer(inventory, request).render(json);
    } catch (DcimError e) {
      return FuncDoc.error(e).render(json);
    }
  }

  private FuncDoc answer(Inventory inv, Request r) {
    String func = r.param("func");
    if ("auth".equals(func)) {
      return session(inv, r);
    }
    Account caller = caller(inv, r);
    if (!caller.isAdmin()) {
      throw new DcimError(DcimError.Kind.ACCESS, func, "Access denied");
    }
    if (func == null) {
      throw DcimError.missing("func");
    }
    return switch (func) {
      case "session.newkey" -> newKey(inv, r);
      case "user" -> users(inv);
      case "user.edit" -> editUser(inv, r);
      case "server" -> servers(inv);
      case "server.edit" -> editServer(inv, r);
      case "server.connection" -> connections(inv, r);
      case "server.enable" -> then(() -> inv.setBlocked(elid(r), false));
      case "server.disable" -> then(() -> inv.setBlocked(elid(r), true));
      case "server.poweron" -> then(() -> inv.setPower(elid(r), true));
      case "server.poweroff" -> then(() -> inv.setPower(elid(r), false));
      case "server.reboot" -> then(() -> inv.reset(elid(r)));
      case "server.operations" -> operation(inv, r);
      case "iplist" -> ips(inv, r);
      case "iplist.edit" -> editIp(inv, r);
      case "iplist.delete" -> then(() -> inv.release(elid(r)));
      case "osmgr" -> templates(inv);
      default -> throw DcimError.value("func", "Unknown function '" + func + "'");
    };
  }

  private FuncDoc session(Inventory inv, Request r) {
    String username = r.param("username");
    Account account;
    if (r.param("key") != null) {
      String key = keys.remove(username);
      if (key == null || !key.equals(r.param("key"))) {
        throw new DcimError(DcimError.Kind.AUTH, null, "Invalid key");
      }
      account =
          inv.accountList().stream()
              .filter(a -> a.name.equals(username))
              .findFirst()
              .orElseThrow(() -> new DcimError(DcimError.Kind.AUTH, null, "Invalid key"));
    } else {
      account = inv.authenticate(username, r.param("password"));
    }
    return FuncDoc.session(inv.openSession(account).token(), account.level);
  }

  private static Account caller(Inventory inv, Request r) {
    String authinfo = r.param("authinfo");
    if (authinfo != null) {
      int colon = authinfo.indexOf(':');
      if (colon < 0) {
        throw new DcimError(DcimError.Kind.AUTH, null, "Invalid authinfo");
      }
      return inv.authenticate(authinfo.substring(0, colon), authinfo.substring(colon + 1));
    }
    return inv.sessionAccount(r.param("auth"));
  }

  private FuncDoc newKey(Inventory inv, Request r) {
    String username = required(r, "username");
    String key = required(r, "key");
    if (key.length() < 16) {
      throw DcimError.value("key", "The key must be at least 16 characters long");
    }
    inv.accountList().stream()
        .filter(a -> a.name.equals(username))
        .findFirst()
        .orElseThrow(() -> DcimError.notFound("user", username));
    keys.put(username, key);
    return FuncDoc.ok();
  }

  private static FuncDoc users(Inventory inv) {
    FuncDoc doc = new FuncDoc();
    for (Account a : inv.accountList()) {
      doc.elem()
          .field("id", a.id)
          .field("name", a.name)
          .field("email", a.email)
          .field("level", a.level);
    }
    return doc;
  }

  private static FuncDoc editUser(Inventory inv, Request r) {
    if (!"ok".equals(r.param("sok"))) {
      Account a =
          inv.account(elid(r)).orElseThrow(() -> DcimError.notFound("user", r.param("elid")));
      return new FuncDoc().field("elid", a.id).field("name", a.name).field("level", a.level);
    }
    if (r.param("elid") != null) {
      // An existing user's new password (the module's ChangePassword); the form asks it twice.
      String password = required(r, "passwd");
      if (r.param("confirm") != null && !r.param("confirm").equals(password)) {
        throw DcimError.value("confirm", "Passwords do not match");
      }
      inv.changePassword(elid(r), password);
      return FuncDoc.ok().field("id", elid(r));
    }
    String level = r.param("level");
    if (level != null && !"lvUser".equals(level) && !"16".equals(level)) {
      throw DcimError.value("level", "Only client users (lvUser) can be created here");
    }
    Account account =
        inv.createAccount(
            required(r, "name"),
            r.param("email"),
            r.param("realname"),
            required(r, "passwd"),
            Account.CLIENT_LEVEL);
    return FuncDoc.ok().field("id", account.id);
  }

  private static FuncDoc servers(Inventory inv) {
    FuncDoc doc = new FuncDoc();
    for (Server s : inv.serverList()) {
      Operation op = s.operation;
      String status = op == null ? null : op.status(inv.now());
      doc.elem()
          .field("id", s.id)
          .field("name", s.name)
          .field("owner", inv.account(s.ownerId).map(a -> a.name).orElse(null))
          .field("chassis_templ", s.configuration)
          .field("type", s.type)
          .field("hostname", s.hostname)
          .field("ip", s.mainIp == null ? null : s.mainIp.address)
          .field("mac", s.mac)
          .flag("blocked", s.blocked)
          .flag("disabled", s.blocked)
          .flag("hwproblem", s.hwproblem)
          .flag("diag_in_progress", s.diagInProgress)
          .flag("poweron", s.poweredOn)
          .flag("poweroff", !s.poweredOn)
          .flag("install_in_progress", Operation.IN_PROGRESS.equals(status))
          .flag("operation_failed", Operation.FAILED.equals(status));
    }
    return doc;
  }

  /**
   * The server's connections (its switch port and its power/IPMI connection). The one through which
   * DCImanager works on the server shows {@code func_in_progress} while an operation runs:
   * ISPsystem's module waits until none does before it powers a server off and releases it.
   */
  private static FuncDoc connections(Inventory inv, Request r) {
    long id = elid(r);
    Server s = inv.server(id);
    String running = inv.runningOperation(id);
    FuncDoc doc = new FuncDoc();
    doc.elem()
        .field("id", id * 10 + 1)
        .field("name", "sw-" + s.rack + " port " + s.unit)
        .field("type", "switch")
        .field("status", s.blocked ? "off" : "on");
    doc.elem()
        .field("id", id * 10 + 2)
        .field("name", "ipmi-" + s.name)
        .field("type", "ipmi")
        .field("status", s.poweredOn ? "on" : "off")
        .flag("func_in_progress", running != null);
    return doc;
  }

  private static FuncDoc editServer(Inventory inv, Request r) {
    long id = elid(r);
    if ("ok".equals(r.param("sok"))) {
      String owner = r.param("owner");
      if (owner != null) {
        inv.setOwner(
            id, NO_OWNER.equals(owner) || owner.isEmpty() ? null : parseId("owner", owner));
      }
      String domain = r.param("domain") != null ? r.param("domain") : r.param("hostname");
      if (domain != null) {
        inv.setHostname(id, domain);
      }
      if (r.param("notes") != null) {
        inv.server(id).notes = r.param("notes");
      }
      return FuncDoc.ok().field("id", id);
    }
    Server s = inv.server(id);
    return new FuncDoc()
        .field("elid", s.id)
        .field("name", s.name)
        .field("mac", s.mac)
        .field("notes", s.notes)
        .field("type", s.type)
        .field("owner", s.ownerId == null ? NO_OWNER : String.valueOf(s.ownerId))
        .field("hostname", s.hostname)
        .flag("disabled", s.blocked);
  }

  private static FuncDoc operation(Inventory inv, Request r) {
    long id = elid(r);
    if (!"ostemplate".equals(r.param("operation"))) {
      throw DcimError.value("operation", "Unsupported operation '" + r.param("operation") + "'");
    }
    String password = required(r, "passwd");
    if (!password.equals(r.param("confirm"))) {
      throw DcimError.value("confirm", "The passwords do not match");
    }
    String recipe = r.param("recipe");
    Operation op =
        inv.startInstall(
            id,
            r.param("ostemplate"),
            "null".equals(recipe) ? null : recipe,
            password,
            r.param("domain"));
    return FuncDoc.ok().field("id", op.id);
  }

  private static FuncDoc ips(Inventory inv, Request r) {
    FuncDoc doc = new FuncDoc();
    long serverId = elid(r);
    Server server = inv.server(serverId);
    for (IpAddress ip : inv.ipsOf(serverId)) {
      doc.elem()
          .field("id", ip.id)
          .field("ip", ip.address)
          .field("domain", ip.domain)
          .field("family", ip.family)
          .field("iptype", ip.pool.name)
          .field("gateway", ip.pool.gateway)
          .flag("main", server.mainIp == ip);
    }
    return doc;
  }

  private static FuncDoc editIp(Inventory inv, Request r) {
    long serverId = parseId("plid", required(r, "plid"));
    if (r.param("elid") != null && !r.param("elid").isEmpty()) {
      long ipId = elid(r);
      IpAddress ip = inv.ip(ipId);
      if (ip.serverId == null || ip.serverId != serverId) {
        throw DcimError.notFound("ip", ipId);
      }
      inv.setDomain(ipId, r.param("domain"));
      return FuncDoc.ok().field("id", ipId);
    }
    IpAddress ip =
        inv.allocate(required(r, "iptype"), r.param("family"), serverId, r.param("domain"));
    return FuncDoc.ok().field("id", ip.id).field("ip", ip.address);
  }

  private static FuncDoc templates(Inventory inv) {
    FuncDoc doc = new FuncDoc();
    inv.templates.forEach((id, name) -> doc.elem().field("id", id).field("name", name));
    return doc;
  }

  private static FuncDoc then(Runnable action) {
    action.run();
    return FuncDoc.ok();
  }

  private static long elid(Request r) {
    return parseId("elid", required(r, "elid"));
  }

  private static String required(Request r, String name) {
    String value = r.param(name);
    if (value == null || value.isEmpty()) {
      throw DcimError.missing(name);
    }
    return value;
  }

  private static long parseId(String field, String text) {
    try {
      return Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw DcimError.value(field, "'" + text + "' is not an id");
    }
  }
}
