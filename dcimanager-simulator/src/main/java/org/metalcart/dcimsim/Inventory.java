package org.metalcart.dcimsim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the simulated DCImanager holds: accounts, servers, address pools and addresses, OS
 * templates, install operations, sessions. Both APIs work on this one state. Every method is
 * synchronized: many provisioning calls may arrive at once, and a server must be taken only once.
 */
final class Inventory {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration SESSION_LIFETIME = Duration.ofHours(1);

  private final Clock clock;
  private final AtomicLong ids = new AtomicLong(1000);
  final Map<Long, Account> accounts = new LinkedHashMap<>();
  final Map<Long, Server> servers = new LinkedHashMap<>();
  final Map<String, IpPool> pools = new LinkedHashMap<>();
  final Map<Long, IpAddress> ips = new LinkedHashMap<>();
  final Map<Long, String> templates = new LinkedHashMap<>();
  private final Map<String, Session> sessions = new LinkedHashMap<>();

  /** How long an OS install takes. */
  Duration installTime = Duration.ofSeconds(20);

  /** How long a power action (on, off, reset) runs; by default it is done at once. */
  Duration powerTime = Duration.ZERO;

  record Session(String token, long accountId, Instant expires) {}

  Inventory(Clock clock) {
    this.clock = clock;
  }

  long nextId() {
    return ids.incrementAndGet();
  }

  Instant now() {
    return clock.instant();
  }

  // --- accounts and sessions

  synchronized Account authenticate(String nameOrEmail, String password) {
    return accounts.values().stream()
        .filter(
            a ->
                nameOrEmail != null
                    && (nameOrEmail.equals(a.name) || nameOrEmail.equalsIgnoreCase(a.email)))
        .filter(a -> a.password.equals(password))
        .findFirst()
        .orElseThrow(
            () -> new DcimError(DcimError.Kind.AUTH, null, "Invalid username or password"));
  }

  synchronized Session openSession(Account account) {
    byte[] token = new byte[24];
    RANDOM.nextBytes(token);
    Session session =
        new Session(
            Base64.getUrlEncoder().withoutPadding().encodeToString(token),
            account.id,
            now().plus(SESSION_LIFETIME));
    sessions.put(session.token(), session);
    return session;
  }

  /** The account of a live session; an unknown or expired one is an authentication error. */
  synchronized Account sessionAccount(String token) {
    Session session = token == null ? null : sessions.get(token);
    if (session == null || !now().isBefore(session.expires())) {
      throw new DcimError(DcimError.Kind.AUTH, null, "Unauthorized");
    }
    return accounts.get(session.accountId());
  }

  synchronized List<Account> accountList() {
    return List.copyOf(accounts.values());
  }

  synchronized Account createAccount(
      String name, String email, String fullName, String password, int level) {
    if (name == null || name.isBlank()) {
      throw DcimError.missing("name");
    }
    if (password == null || password.isEmpty()) {
      throw DcimError.missing("password");
    }
    for (Account a : accounts.values()) {
      if (a.name.equals(name) || (email != null && email.equalsIgnoreCase(a.email))) {
        throw new DcimError(DcimError.Kind.EXISTS, "user", "User '" + name + "' already exists");
      }
    }
    Account account = new Account(nextId(), name, email, fullName, password, level);
    accounts.put(account.id, account);
    return account;
  }

  /** One-time sign-in keys of DCImanager 6's auth service: key to account and expiry. */
  private final Map<String, Session> loginKeys = new java.util.HashMap<>();

  /** A key that signs the account in once within an hour ({@code /auth/key-v4/<key>}). */
  synchronized String newLoginKey(long accountId) {
    account(accountId).orElseThrow(() -> DcimError.notFound("user", String.valueOf(accountId)));
    String key = accountId + "-" + java.util.UUID.randomUUID();
    loginKeys.put(key, new Session(key, accountId, now().plus(java.time.Duration.ofHours(1))));
    return key;
  }

  /** The account a key signs in, once; an unknown, used or expired key is refused. */
  synchronized Account useLoginKey(String key) {
    Session grant = loginKeys.remove(key);
    if (grant == null || !now().isBefore(grant.expires())) {
      throw new DcimError(DcimError.Kind.AUTH, null, "Invalid or expired key");
    }
    return accounts.get(grant.accountId());
  }

  synchronized void changePassword(long id, String password) {
    Account a = account(id).orElseThrow(() -> DcimError.notFound("user", String.valueOf(id)));
    if (password.isEmpty()) {
      throw DcimError.missing("passwd");
    }
    accounts.put(id, new Account(a.id, a.name, a.email, a.fullName, password, a.level));
  }

  synchronized Optional<Account> account(Long id) {
    return Optional.ofNullable(id == null ? null : accounts.get(id));
  }

  // --- servers

  synchronized List<Server> serverList() {
    return List.copyOf(servers.values());
  }

  synchronized Server server(long id) {
    Server server = servers.get(id);
    if (server == null) {
      throw DcimError.notFound("server", id);
    }
    return server;
  }

  /**
   * The free-server rule of ISPsystem's module, the same for both APIs: no owner, hostname {@code
   * free.ds}, no hardware problem, not being diagnosed, not blocked, and the package name equal to
   * the Configuration or the Server Type.
   */
  static boolean isFreeFor(Server s, String packageName) {
    return s.ownerId == null
        && Server.FREE_HOSTNAME.equals(s.hostname)
        && !s.hwproblem
        && !s.diagInProgress
        && !s.blocked
        && (packageName.equals(s.configuration) || packageName.equals(s.type));
  }

  /**
   * Gives the server to {@code ownerId}, or takes it back with null. A server already owned by
   * someone else cannot be taken: two orders must never get the same server. Giving it again to its
   * owner succeeds, so that a retried call is harmless.
   */
  synchronized void setOwner(long serverId, Long ownerId) {
    Server server = server(serverId);
    if (ownerId != null) {
      account(ownerId).orElseThrow(() -> DcimError.notFound("user", ownerId));
      if (server.ownerId != null && !server.ownerId.equals(ownerId)) {
        throw new DcimError(
            DcimError.Kind.BUSY, "owner", "Server " + serverId + " already has an owner");
      }
    }
    server.ownerId = ownerId;
  }

  /** The server's hostname, which is also the domain of its main address. */
  synchronized void setHostname(long serverId, String hostname) {
    Server server = server(serverId);
    if (hostname == null || hostname.isBlank()) {
      throw DcimError.missing("domain");
    }
    server.hostname = hostname;
    if (server.mainIp != null) {
      server.mainIp.domain = hostname;
    }
  }

  synchronized void setBlocked(long serverId, boolean blocked) {
    server(serverId).blocked = blocked;
  }

  synchronized void setPower(long serverId, boolean on) {
    powerAction(serverId, on ? "power_on" : "power_off").poweredOn = on;
  }

  synchronized void reset(long serverId) {
    powerAction(serverId, "power_reset").poweredOn = true;
  }

  /** A power action starts: refused while anything else runs on the server. */
  private Server powerAction(long serverId, String kind) {
    Server server = requireIdle(serverId);
    if (!powerTime.isZero()) {
      Instant started = now();
      server.power =
          new Operation(nextId(), kind, null, null, started, started.plus(powerTime), false);
    }
    return server;
  }

  /** What runs on the server now, or null when it is idle. */
  synchronized String runningOperation(long serverId) {
    return server(serverId).runningOperation(now());
  }

  /** The server, if nothing runs on it; DCImanager refuses a second operation. */
  private Server requireIdle(long serverId) {
    Server server = server(serverId);
    String running = server.runningOperation(now());
    if (running != null) {
      throw DcimError.operationRunning(serverId, running);
    }
    return server;
  }

  /** Starts an OS install; refused while another is running. */
  synchronized Operation startInstall(
      long serverId, String template, String recipe, String password, String domain) {
    Server server = server(serverId);
    if (template == null || template.isBlank()) {
      throw DcimError.missing("ostemplate");
    }
    if (!templates.containsValue(template)) {
      throw DcimError.value("ostemplate", "Unknown OS template '" + template + "'");
    }
    if (password == null || password.isEmpty()) {
      throw DcimError.missing("passwd");
    }
    requireIdle(serverId);
    if (domain != null && !domain.isBlank()) {
      setHostname(serverId, domain);
    }
    Instant started = now();
    server.operation =
        new Operation(
            nextId(),
            Operation.INSTALL,
            template,
            recipe,
            started,
            started.plus(installTime),
            server.failNextInstall);
    server.failNextInstall = false;
    server.poweredOn = true;
    return server.operation;
  }

  // --- addresses

  synchronized IpPool pool(String nameOrId) {
    IpPool pool = pools.get(nameOrId);
    if (pool == null) {
      pool =
          pools.values().stream()
              .filter(p -> String.valueOf(p.id).equals(nameOrId))
              .findFirst()
              .orElse(null);
    }
    if (pool == null) {
      throw DcimError.notFound("ippool", nameOrId);
    }
    return pool;
  }

  synchronized List<IpPool> poolList() {
    return List.copyOf(pools.values());
  }

  /**
   * A new address from the pool, for a server or (DCImanager 6) unattached; fails when exhausted.
   */
  synchronized IpAddress allocate(String poolName, String family, Long serverId, String domain) {
    IpPool pool = pool(poolName);
    String wanted = family == null ? "ipv4" : family;
    if (!wanted.equals(pool.family)) {
      throw DcimError.value("family", "Pool '" + pool.name + "' holds no " + wanted + " addresses");
    }
    if (serverId != null) {
      server(serverId);
    }
    String address = pool.take();
    if (address == null) {
      throw DcimError.value("iptype", "No free addresses left in pool '" + pool.name + "'");
    }
    IpAddress ip = new IpAddress(nextId(), address, pool.family, pool);
    ip.domain = domain;
    ip.serverId = serverId;
    ips.put(ip.id, ip);
    return ip;
  }

  synchronized IpAddress ip(long id) {
    IpAddress ip = ips.get(id);
    if (ip == null) {
      throw DcimError.notFound("ip", id);
    }
    return ip;
  }

  synchronized void attach(long ipId, long serverId) {
    IpAddress ip = ip(ipId);
    server(serverId);
    if (ip.serverId != null && ip.serverId != serverId) {
      throw new DcimError(
          DcimError.Kind.BUSY, "ip", "Address " + ip.address + " belongs to another server");
    }
    ip.serverId = serverId;
  }

  synchronized void setDomain(long ipId, String domain) {
    IpAddress ip = ip(ipId);
    ip.domain = domain;
    if (ip.serverId != null) {
      Server server = servers.get(ip.serverId);
      if (server.mainIp == ip) {
        server.hostname = domain;
      }
    }
  }

  /** Gives an address back to its pool. A server's main address stays with the server. */
  synchronized void release(long ipId) {
    IpAddress ip = ip(ipId);
    if (ip.serverId != null && servers.get(ip.serverId).mainIp == ip) {
      throw DcimError.value("elid", "The main address of a server cannot be deleted");
    }
    ips.remove(ipId);
    ip.pool.giveBack(ip.address);
  }

  synchronized List<IpAddress> ipsOf(long serverId) {
    server(serverId);
    List<IpAddress> result = new ArrayList<>();
    for (IpAddress ip : ips.values()) {
      if (ip.serverId != null && ip.serverId == serverId) {
        result.add(ip);
      }
    }
    return result;
  }

  /** The addresses of every server, grouped in one pass (lists render hundreds of servers). */
  synchronized Map<Long, List<IpAddress>> ipsByServer() {
    Map<Long, List<IpAddress>> result = new HashMap<>();
    for (IpAddress ip : ips.values()) {
      if (ip.serverId != null) {
        result.computeIfAbsent(ip.serverId, id -> new ArrayList<>()).add(ip);
      }
    }
    return result;
  }

  synchronized List<IpAddress> ipList() {
    return List.copyOf(ips.values());
  }
}
