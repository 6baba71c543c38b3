package org.metalcart.dcim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract of {@link DcimGateway}, run inside Payara Micro against the DCImanager simulator
 * over real HTTP, once per adapter: the real MicroProfile REST Client and Fault Tolerance, the real
 * wire formats. Every test starts from the simulator's demo inventory.
 */
@ExtendWith(ArquillianExtension.class)
abstract class DcimContract {

  static final String ADMIN_PASSWORD = "simulator-admin-pw";
  static final String E2146 = "E-2146G-64Gb";

  @Deployment
  static WebArchive metalcart() {
    return ShrinkWrap.create(ZipImporter.class, "metalcart.war")
        .importFrom(new File(System.getProperty("metalcart.war", "target/metalcart.war")))
        .as(WebArchive.class)
        .addClasses(DcimContract.class, SimulatorControl.class);
  }

  @Inject ResilientDcimExchange resilientExchange;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "metalcart.dcim.url")
  String url;

  SimulatorControl simulator;
  DcimGateway gateway;

  /** The API version under test. */
  abstract DcimSettings.ApiVersion version();

  /** How the administrator logs in: by name on DCImanager 5, by email on DCImanager 6. */
  abstract String adminLogin();

  /** The client's identity, as both versions need it. */
  static AccountIdentity client(String name) {
    return new AccountIdentity(name, name + "@clients.example.net");
  }

  @BeforeEach
  void freshInventory() {
    simulator = new SimulatorControl(url);
    simulator.reset();
    gateway = gateway(ADMIN_PASSWORD, Duration.ofSeconds(10), resilientExchange);
  }

  DcimGateway gateway(String password, Duration readTimeout, DcimExchange exchange) {
    DcimSettings settings =
        new DcimSettings(
            java.net.URI.create(url + "/"),
            version(),
            adminLogin(),
            password,
            Duration.ofSeconds(2),
            readTimeout);
    return DcimGateways.adapterFor(settings, exchange);
  }

  @Test
  void theFreeServerRuleExcludesEachReason() {
    assertEquals("ds-101", free(E2146));
    DcimAccount acme =
        gateway.findAccount(new AccountIdentity("acme", "ops@acme.example")).orElseThrow();
    gateway.assignOwner(simulator.serverId("ds-101"), acme.id());
    assertEquals("ds-102", free(E2146), "a server with an owner is not free");
    simulator.server("ds-102", "{\"hostname\": \"reserved.example.net\"}");
    assertEquals("ds-103", free(E2146), "a server whose hostname is not free.ds is not free");
    simulator.server("ds-103", "{\"blocked\": true}");
    assertNull(
        free(E2146),
        "a blocked server is not free; ds-104 is owned, ds-105 broken, ds-106 in diagnostics");
    simulator.server("ds-105", "{\"hwproblem\": false}");
    assertEquals("ds-105", free(E2146), "without its hardware problem the server is free");
    simulator.server("ds-105", "{\"hwproblem\": true}");
    simulator.server("ds-106", "{\"diag_in_progress\": false}");
    assertEquals("ds-106", free(E2146), "after its diagnostics the server is free");
  }

  @Test
  void thePackageNameMatchesConfigurationOrServerType() {
    assertEquals("ds-301", free("Dell R740"), "Server Type");
    assertEquals("ds-301", free("2xGold6248-384Gb"), "Configuration");
    DcimAccount owner = gateway.createAccount(client("taker"), "Taker", "pw-12345678");
    gateway.assignOwner(simulator.serverId("ds-201"), owner.id());
    gateway.assignOwner(simulator.serverId("ds-202"), owner.id());
    assertEquals("ds-205", free("E3-1230v6-32Gb"), "ds-205 fits by its Server Type");
    assertNull(free("No-Such-Configuration"));
  }

  @Test
  void anAccountIsCreatedOnceAndThenFound() {
    AccountIdentity alice = client("alice");
    assertEquals(Optional.empty(), gateway.findAccount(alice));
    DcimAccount created = gateway.createAccount(alice, "Alice Example", "Alice-pw-2026");
    assertEquals(created.id(), gateway.findAccount(alice).orElseThrow().id());
    assertThrows(
        DcimRefusedException.class,
        () -> gateway.createAccount(alice, "Alice Example", "Alice-pw-2026"));
  }

  @Test
  void theSeedsCreateSequenceProvisionsAServer() {
    simulator.installSeconds(0.5);
    DcimAccount account = gateway.createAccount(client("bob"), "Bob Example", "Bob-pw-2026");
    DcimServer server = gateway.findFreeServer(E2146).orElseThrow();
    gateway.assignOwner(server.id(), account.id());
    DcimIp v4 = gateway.allocateIp(server.id(), "public", IpFamily.IPV4, "bob.example.net");
    DcimIp v6 = gateway.allocateIp(server.id(), "public-v6", IpFamily.IPV6, "bob.example.net");
    assertTrue(v4.address().startsWith("203.0.113."), v4::toString);
    assertTrue(v6.address().startsWith("2001:db8:100::"), v6::toString);
    gateway.setHostname(server.id(), "bob.example.net");
    gateway.powerOn(server.id());
    gateway.startOsInstall(
        server.id(), new OsInstall("Debian 12", null, "Bob-pw-2026", "bob.example.net"));
    assertEquals(
        InstallState.IN_PROGRESS,
        gateway.installState(server.id()),
        "Don't wait: the install has started");
    assertEquals(InstallState.COMPLETED, awaitInstall(server.id()));

    DcimServer provisioned = gateway.server(server.id());
    assertEquals(account.id(), provisioned.ownerAccountId());
    assertEquals("bob.example.net", provisioned.hostname());
    List<DcimIp> ips = gateway.ips(server.id());
    assertEquals(3, ips.size(), ips::toString);
    assertTrue(
        ips.stream()
            .map(DcimIp::address)
            .toList()
            .containsAll(List.of(v4.address(), v6.address())));
    assertFalse(
        ips.get(0).address().equals(v4.address()) || ips.get(0).address().equals(v6.address()),
        "the main address comes first");
  }

  @Test
  void aFailedInstallIsReportedAsFailed() {
    simulator.installSeconds(0.3);
    simulator.server("ds-102", "{\"failNextInstall\": true}");
    String server = simulator.serverId("ds-102");
    gateway.startOsInstall(
        server, new OsInstall("Debian 12", "docker", "pw-12345678", "c.example.net"));
    assertEquals(InstallState.FAILED, awaitInstall(server));
  }

  @Test
  void anUnknownTemplateIsRefused() {
    assertThrows(
        DcimRefusedException.class,
        () ->
            gateway.startOsInstall(
                simulator.serverId("ds-101"),
                new OsInstall("TempleOS", null, "pw-12345678", "x.example.net")));
  }

  @Test
  void anExhaustedPoolIsRefusedNamingThePool() {
    String server = simulator.serverId("ds-101");
    for (int i = 0; i < 3; i++) {
      assertNotNull(gateway.allocateIp(server, "small", IpFamily.IPV4, null).address());
    }
    DcimRefusedException refused =
        assertThrows(
            DcimRefusedException.class,
            () -> gateway.allocateIp(server, "small", IpFamily.IPV4, null));
    assertEquals("iptype", refused.field(), refused::getMessage);
  }

  @Test
  void releaseReturnsTheServerToTheFreePool() {
    DcimAccount account = gateway.createAccount(client("carol"), "Carol", "Carol-pw-2026");
    String server = gateway.findFreeServer(E2146).orElseThrow().id();
    int poolUsage = simulator.poolUsage("public");
    gateway.assignOwner(server, account.id());
    gateway.allocateIp(server, "public", IpFamily.IPV4, "carol.example.net");
    gateway.allocateIp(server, "public", IpFamily.IPV4, "carol.example.net");
    gateway.setHostname(server, "carol.example.net");
    gateway.block(server);
    assertTrue(gateway.server(server).blocked());
    assertEquals("ds-102", free(E2146));

    gateway.release(server);

    DcimServer released = gateway.server(server);
    assertNull(released.ownerAccountId(), "without an owner");
    assertEquals("free.ds", released.hostname());
    assertFalse(released.blocked());
    assertEquals(1, gateway.ips(server).size(), "only the main address stays");
    assertEquals(
        poolUsage, simulator.poolUsage("public"), "the extra addresses went back to the pool");
    assertEquals("ds-101", free(E2146), "the server can be sold again");
  }

  @Test
  void aServerIsNeitherFreeNorReleasedWhileAnOperationRunsOnIt() {
    simulator.installSeconds(1.5);
    DcimAccount account = gateway.createAccount(client("erin"), "Erin", "Erin-pw-2026");
    String server = gateway.findFreeServer(E2146).orElseThrow().id();
    assertEquals(Optional.empty(), gateway.runningOperation(server));
    gateway.assignOwner(server, account.id());
    gateway.startOsInstall(server, new OsInstall("Debian 12", null, "Erin-pw-2026", "e.example"));
    assertTrue(gateway.runningOperation(server).isPresent(), "the install runs");

    // Terminated at once, as a "Don't wait the OS install" service may be: not released yet.
    assertThrows(DcimBusyException.class, () -> gateway.release(server));
    assertEquals(account.id(), gateway.server(server).ownerAccountId(), "nothing was changed");
    assertThrows(DcimBusyException.class, () -> gateway.powerOff(server), "DCImanager refuses");
    // Given up by hand in DCImanager while it installs: still not free.
    gateway.removeOwner(server);
    gateway.setHostname(server, "free.ds");
    assertEquals("ds-102", free(E2146), "a server being installed is not free");

    assertEquals(InstallState.COMPLETED, awaitInstall(server));
    assertEquals(Optional.empty(), gateway.runningOperation(server));
    gateway.release(server);
    assertEquals("ds-101", free(E2146), "free again once the install has finished");
  }

  @Test
  void diagnosticsAndPowerActionsAreRunningOperations() {
    String inDiagnostics = simulator.serverId("ds-106");
    assertTrue(gateway.runningOperation(inDiagnostics).isPresent(), "diagnostics run");
    assertThrows(DcimBusyException.class, () -> gateway.reboot(inDiagnostics));
    simulator.settings("{\"powerSeconds\": 1.0}");
    String server = simulator.serverId("ds-101");
    gateway.powerOn(server);
    assertTrue(gateway.runningOperation(server).isPresent(), "the power action runs");
    assertThrows(
        DcimBusyException.class,
        () -> gateway.startOsInstall(server, new OsInstall("Debian 12", null, "pw-1234567", "x")));
  }

  @Test
  void blockAndUnblock() {
    String server = simulator.serverId("ds-104");
    gateway.block(server);
    assertTrue(gateway.server(server).blocked());
    gateway.unblock(server);
    assertFalse(gateway.server(server).blocked());
  }

  @Test
  void wrongCredentialsAreRefusedAsAuthentication() {
    DcimGateway wrong =
        gateway("not-the-password", Duration.ofSeconds(5), new HttpDcimExchange(call -> {}, clock));
    DcimRefusedException refused =
        assertThrows(DcimRefusedException.class, () -> wrong.findFreeServer(E2146));
    assertTrue(refused.isAuthentication(), refused::getMessage);
  }

  @Test
  void aBurstOf503IsRecoveredByRetry() {
    String server = simulator.serverId("ds-101");
    gateway.server(server); // logged in before the burst
    simulator.clearCalls();
    simulator.faults("{\"burst503\": 3}");
    assertEquals("ds-101", gateway.server(server).name());
    long calls =
        simulator.calls().values().stream()
            .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue())
            .sum();
    assertTrue(
        calls >= 4, "three refused attempts and the one that went through, counted " + calls);
  }

  @Test
  void aHangingCallIsCutByTheTimeoutAndNotRepeated() {
    DcimGateway impatient = gateway(ADMIN_PASSWORD, Duration.ofSeconds(1), resilientExchange);
    String server = simulator.serverId("ds-101");
    impatient.server(server); // logged in before the hang
    String function =
        version() == DcimSettings.ApiVersion.V5 ? "v5:server" : "v6:GET /dci/v3/server/{id}";
    simulator.clearCalls();
    simulator.faults(
        "{\"hang\": {\"function\": \"" + function + "\", \"count\": 1, \"seconds\": 5}}");
    long started = System.nanoTime();
    assertThrows(DcimTimeoutException.class, () -> impatient.server(server));
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(tookMillis < 4000, "cut after about a second, took " + tookMillis + " ms");
    assertEquals(1, simulator.callsOf(function), "a call whose outcome is unknown is not repeated");
  }

  @Test
  void theOsTemplatesAreListedByName() {
    assertTrue(gateway.osTemplates().contains("Debian 12"), () -> "" + gateway.osTemplates());
  }

  @Test
  void thePlanChoicesAreTheConfigurationsServerTypesAndPoolsDcimanagerHas() {
    List<String> names = gateway.packageNames();
    assertTrue(names.contains("2xGold6248-384Gb"), () -> "Configurations: " + names);
    assertEquals(names.stream().sorted().distinct().toList(), names, "sorted, each once");
    if (version() == DcimSettings.ApiVersion.V5) {
      assertTrue(names.contains("Dell R740"), () -> "Server Types on DCImanager 5: " + names);
      assertTrue(gateway.addressPools().isEmpty(), "DCImanager 5 lists no address groups");
    } else {
      assertTrue(!names.contains("Dell R740"), () -> "DCImanager 6 has no Server Types: " + names);
      assertTrue(gateway.addressPools().orElseThrow().contains("public"));
    }
  }

  @Test
  void aPanelLoginLinkSignsTheAccountInOnceAndItsKeyIsNeverRecorded() throws Exception {
    List<DcimCall> recorded = new CopyOnWriteArrayList<>();
    DcimGateway recording =
        gateway(ADMIN_PASSWORD, Duration.ofSeconds(5), new HttpDcimExchange(recorded::add, clock));
    DcimAccount erin = recording.createAccount(client("erin"), "Erin", "Erin-pw-20261");

    PanelLogin login = recording.panelLogin(erin.id(), erin.name());
    String link = login.link().toString();
    assertTrue(link.startsWith(url), () -> "the panel is where the simulator is: " + link);
    assertTrue(signsIn(open(login.link())), "the link signs the account in");
    assertFalse(signsIn(open(login.link())), "and only once");
    String key = link.substring(Math.max(link.lastIndexOf('='), link.lastIndexOf('/')) + 1);
    for (DcimCall call : recorded) {
      assertFalse(
          (call.request() + " " + call.response()).contains(key),
          () -> "the sign-in key was recorded: " + call);
    }
  }

  @Test
  void changingAnAccountsPasswordWorksOnDcimanager5AndIsRefusedOnDcimanager6() throws Exception {
    DcimAccount fay = gateway.createAccount(client("fay"), "Fay", "Fay-pw-202612");
    if (!gateway.changesAccountPasswords()) {
      assertThrows(
          DcimRefusedException.class,
          () -> gateway.changeAccountPassword(fay.id(), "Fay-new-2026!"));
      return;
    }
    gateway.changeAccountPassword(fay.id(), "Fay-new-2026!");
    assertTrue(signsIn(v5SignIn(fay.name(), "Fay-new-2026!")));
    assertFalse(signsIn(v5SignIn(fay.name(), "Fay-pw-202612")));
  }

  private static HttpResponse<String> open(URI link) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(HttpRequest.newBuilder(link).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> v5SignIn(String username, String password) throws Exception {
    return open(
        URI.create(
            url.replaceAll("/+$", "")
                + "/dcimgr?func=auth&out=xml&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)));
  }

  /** DCImanager 5 answers a session ({@code <auth>}), DCImanager 6 the panel with a cookie. */
  private static boolean signsIn(HttpResponse<String> answer) {
    return answer.statusCode() == 200
        && (answer.body().contains("<auth") || answer.body().contains("Signed in to DCImanager"));
  }

  @Test
  void everyCallIsRecordedWithItsSecretsRedacted() {
    List<DcimCall> recorded = new CopyOnWriteArrayList<>();
    DcimGateway recording =
        gateway(ADMIN_PASSWORD, Duration.ofSeconds(5), new HttpDcimExchange(recorded::add, clock));
    String rootPassword = "Root-Secret-7319";
    recording.createAccount(client("dave"), "Dave", rootPassword);
    recording.startOsInstall(
        simulator.serverId("ds-101"),
        new OsInstall("Debian 12", null, rootPassword, "dave.example.net"));
    assertThrows(
        DcimRefusedException.class,
        () -> recording.createAccount(client("dave"), "Dave", rootPassword));

    assertTrue(recorded.size() >= 3, recorded::toString);
    for (DcimCall call : recorded) {
      String text = call.request() + " " + call.response();
      assertFalse(text.contains(rootPassword), () -> "server password recorded: " + call);
      assertFalse(text.contains(ADMIN_PASSWORD), () -> "admin password recorded: " + call);
      assertTrue(call.durationMillis() >= 0);
    }
    assertTrue(recorded.stream().anyMatch(c -> c.outcome() == DcimCall.Outcome.REFUSED));
    assertTrue(
        recorded.stream()
            .anyMatch(
                c ->
                    c.outcome() == DcimCall.Outcome.OK
                        && c.function()
                            .startsWith(version() == DcimSettings.ApiVersion.V5 ? "v5:" : "v6:")));
  }

  /** The name of the free server DCImanager offers for a package name, or null. */
  String free(String packageName) {
    return gateway.findFreeServer(packageName).map(DcimServer::name).orElse(null);
  }

  InstallState awaitInstall(String serverId) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    InstallState state;
    while ((state = gateway.installState(serverId)) == InstallState.IN_PROGRESS) {
      assertTrue(System.nanoTime() < deadline, "the install did not finish");
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
    return state;
  }
}
