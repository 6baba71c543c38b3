package org.metalcart.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metalcart.dcim.AccountIdentity;
import org.metalcart.dcim.AllocatedAddress;
import org.metalcart.dcim.DcimAccount;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimIp;
import org.metalcart.dcim.DcimRefusedException;
import org.metalcart.dcim.DcimServer;
import org.metalcart.dcim.InstallState;
import org.metalcart.dcim.IpFamily;
import org.metalcart.dcim.OsInstall;

/**
 * DCImanager in memory, for the Create workflow's step logic: accounts, servers with owners,
 * addresses and installs, and every side effect counted. {@link #crashAfter} makes the next call of
 * a kind take effect and then throw, as a server dying before it could record the answer.
 */
final class FakeDcim implements DcimGateway {

  static final class Server {
    final String id;
    final String name;
    final String configuration;
    String owner;
    String hostname = DcimServer.FREE_HOSTNAME;
    final List<DcimIp> ips = new ArrayList<>();
    InstallState install = InstallState.NONE;
    OsInstall installed;

    Server(String id, String name, String configuration, String baseAddress) {
      this.id = id;
      this.name = name;
      this.configuration = configuration;
      ips.add(new DcimIp("ip-" + id + "-0", baseAddress, IpFamily.IPV4, null));
    }
  }

  /** A crash simulated after a DCImanager call took effect. */
  static final class Crash extends RuntimeException {
    Crash(String call) {
      super("the server died after " + call);
    }
  }

  final Map<String, DcimAccount> accounts = new LinkedHashMap<>();
  final Map<String, Server> servers = new LinkedHashMap<>();
  final Map<String, Integer> calls = new LinkedHashMap<>();
  private String crashAfter;
  private int nextIp = 100;

  Server server(String id, String name, String configuration) {
    Server server = new Server(id, name, configuration, "203.0.113." + servers.size() + 10);
    servers.put(id, server);
    return server;
  }

  void crashAfter(String call) {
    crashAfter = call;
  }

  int calls(String call) {
    return calls.getOrDefault(call, 0);
  }

  private void effect(String call) {
    calls.merge(call, 1, Integer::sum);
    if (call.equals(crashAfter)) {
      crashAfter = null;
      throw new Crash(call);
    }
  }

  @Override
  public Optional<DcimAccount> findAccount(AccountIdentity identity) {
    return Optional.ofNullable(accounts.get(identity.email()));
  }

  @Override
  public DcimAccount createAccount(AccountIdentity identity, String fullName, String password) {
    if (accounts.containsKey(identity.email())) {
      throw new DcimRefusedException("exists", "email", "the account exists");
    }
    DcimAccount account = new DcimAccount("acc-" + (accounts.size() + 1), identity.email());
    accounts.put(identity.email(), account);
    effect("createAccount");
    return account;
  }

  @Override
  public List<DcimServer> findFreeServers(String packageName, int max) {
    return servers.values().stream()
        .filter(s -> s.configuration.equals(packageName))
        .filter(s -> s.owner == null && DcimServer.FREE_HOSTNAME.equals(s.hostname))
        .limit(max)
        .map(FakeDcim::view)
        .toList();
  }

  @Override
  public DcimServer server(String serverId) {
    return view(servers.get(serverId));
  }

  private static DcimServer view(Server s) {
    return new DcimServer(
        s.id,
        s.name,
        s.configuration,
        s.configuration,
        s.hostname,
        s.owner,
        false,
        false,
        false,
        true,
        null,
        s.ips.stream().map(DcimIp::id).toList());
  }

  @Override
  public boolean listsRunningOperations() {
    return true;
  }

  @Override
  public List<DcimServer> servers() {
    return servers.values().stream().map(FakeDcim::view).toList();
  }

  @Override
  public boolean tellsInstalls() {
    return true;
  }

  @Override
  public List<AllocatedAddress> allocatedAddresses() {
    return List.of();
  }

  @Override
  public void releaseAddress(String addressId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<String> runningOperation(String serverId) {
    return Optional.empty();
  }

  @Override
  public void assignOwner(String serverId, String accountId) {
    Server server = servers.get(serverId);
    if (server.owner != null && !server.owner.equals(accountId)) {
      throw new DcimRefusedException(
          "owned", null, "server " + serverId + " belongs to another account");
    }
    server.owner = accountId;
    effect("assignOwner");
  }

  @Override
  public void removeOwner(String serverId) {
    servers.get(serverId).owner = null;
  }

  @Override
  public DcimIp allocateIp(String serverId, String pool, IpFamily family, String hostname) {
    DcimIp ip = new DcimIp("ip-" + nextIp, "198.51.100." + nextIp++, family, hostname);
    servers.get(serverId).ips.add(ip);
    effect("allocateIp");
    return ip;
  }

  @Override
  public void setHostname(String serverId, String hostname) {
    servers.get(serverId).hostname = hostname;
    effect("setHostname");
  }

  @Override
  public String startOsInstall(String serverId, OsInstall install) {
    Server server = servers.get(serverId);
    server.install = InstallState.IN_PROGRESS;
    server.installed = install;
    effect("startOsInstall");
    return "op-" + serverId + "-" + calls("startOsInstall");
  }

  @Override
  public InstallState installState(String serverId) {
    return servers.get(serverId).install;
  }

  @Override
  public void block(String serverId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void unblock(String serverId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void powerOn(String serverId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void powerOff(String serverId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void reboot(String serverId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void release(String serverId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<DcimIp> ips(String serverId) {
    return List.copyOf(servers.get(serverId).ips);
  }

  @Override
  public List<String> osTemplates() {
    return List.of("Debian 12");
  }

  @Override
  public List<String> packageNames() {
    return List.of();
  }

  @Override
  public Optional<List<String>> addressPools() {
    return Optional.empty();
  }

  @Override
  public boolean changesAccountPasswords() {
    return false;
  }

  @Override
  public void changeAccountPassword(String accountId, String password) {
    throw new UnsupportedOperationException();
  }

  @Override
  public org.metalcart.dcim.PanelLogin panelLogin(String accountId, String accountName) {
    throw new UnsupportedOperationException();
  }
}
