package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metalcart.dcim.SimulatorControl;

/**
 * Kills the application server (SIGKILL) in the middle of provisioning, starts it again on the same
 * database, and checks that the interrupted Create was resumed: no server owned in DCImanager
 * without a service that knows it, no service that believes it has a server it has not. Payara
 * Micro runs here as a process of the test's own, not through Arquillian, so that it can be killed;
 * its root directory (and with it the embedded H2 database) survives the restart.
 */
@ExtendWith(FreshDatabase.EachTest.class)
class CrashRecoveryIT {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  private Process metalcart;

  @AfterEach
  void stop() {
    if (metalcart != null) {
      metalcart.destroyForcibly();
    }
    SIMULATOR.clearFaults();
  }

  @Test
  void aCreateInterruptedByACrashWhileTakingTheServerIsResumedAfterTheRestart() throws Exception {
    Crash crash = crashDuring("v6:POST /dci/v3/server/{id}/owner");

    JsonObject active = crash.shop.awaitService(crash.service, Shop.inStatus("ACTIVE"));
    List<JsonObject> owned =
        SIMULATOR.state().getJsonArray("servers").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> !s.isNull("owner"))
            .toList();
    assertEquals(1, owned.size(), "one server taken, by the one service: " + owned);
    assertEquals(crash.email, owned.get(0).getString("owner_email"));
    assertEquals(owned.get(0).getString("name"), active.getString("serverName"));
    assertEquals(String.valueOf(owned.get(0).getInt("id")), active.getString("serverId"));
  }

  @Test
  void aCreateInterruptedByACrashWhileTheInstallStartsIsResumedWithoutASecondInstall()
      throws Exception {
    String install = "v6:POST /dci/v3/server/{id}/operation/install";
    Crash crash = crashDuring(install);

    JsonObject active = crash.shop.awaitService(crash.service, Shop.inStatus("ACTIVE"));
    assertEquals(1, SIMULATOR.callsOf(install), "the install that was asked for is not repeated");
    assertEquals(
        crash.email, SIMULATOR.server(active.getString("serverName")).getString("owner_email"));
  }

  /** What a crash left: the API of the restarted server, the service, the client's email. */
  private record Crash(Api api, Shop shop, long service, String email) {}

  /**
   * Places and pays an order, kills Payara Micro while DCImanager takes 8 s to answer {@code
   * function} (DCImanager still carries the call out), and starts it again on the same database.
   */
  private Crash crashDuring(String function) throws Exception {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "crash-1", "configuration": "cfg-crash", "type": "T"},
             {"name": "crash-2", "configuration": "cfg-crash", "type": "T"}
            """));
    Path root = Files.createTempDirectory(Path.of("target"), "crash-root");
    int port = MicroProcess.freePort();
    metalcart = MicroProcess.start(root, port, Map.of());
    Api api = new Api(new URL("http://localhost:" + port + "/"));
    Shop shop = new Shop(api);

    long product = shop.product("cfg-crash", "");
    long client = shop.client(Api.ADMIN);
    JsonObject order = shop.order(Api.ADMIN, client, product);
    SIMULATOR.faults(
        "{\"hang\": {\"function\": \"" + function + "\", \"count\": 1, \"seconds\": 8}}");
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-crash", "138.00");
    Shop.await(() -> SIMULATOR.callsOf(function), calls -> calls >= 1, function);
    // The embedded H2 writes commits to disk in the background, within a second: kill only after
    // that, so that the crash tests Metalcart's recovery and not H2's write delay (production runs
    // on PostgreSQL, where a commit is on disk when it returns).
    long killAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    Shop.await(System::nanoTime, now -> now >= killAt, "three seconds into the call");

    metalcart.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    SIMULATOR.clearFaults();
    // A new root directory (Payara Micro would deploy the old one's application a second time)
    // with the dead server's database files, as they were at the kill.
    Path restarted = Files.createTempDirectory(Path.of("target"), "crash-root");
    TestDatabase.carryOver(root, restarted);
    // The server password waits for the install in the database, sealed (AES-GCM), never in clear.
    List<String> passwords = TestDatabase.column(restarted, "service", "server_password");
    assertEquals(1, passwords.size(), passwords::toString);
    assertTrue(passwords.get(0).startsWith("aes-gcm:"), "sealed at rest: " + passwords);
    assertFalse(passwords.get(0).contains(Shop.PASSWORD));
    // With the default lease of 120 s, the test passes only if the restarted instance takes its
    // dead leases back at start-up.
    metalcart = MicroProcess.start(restarted, port, Map.of());
    String email = api.get("clients/" + client, Api.ADMIN).json().getString("email");
    return new Crash(api, shop, serviceOf(order), email);
  }
}
