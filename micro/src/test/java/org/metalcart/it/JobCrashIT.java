package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metalcart.dcim.SimulatorControl;

/**
 * Kills the application server (SIGKILL) in the middle of an expiry-block run and starts it again
 * on the same database: the restarted instance resumes the run by itself, and every overdue service
 * is blocked by it once, none twice and none forgotten.
 */
@ExtendWith(FreshDatabase.EachTest.class)
class JobCrashIT {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));
  private static final String BLOCK = "v6:POST /dci/v3/server/{id}/block";
  private static final int SERVICES = 10;

  /** One partition and chunks of two: the run is killed between checkpoints, on one thread. */
  private static final Map<String, String> SETTINGS =
      Map.of("METALCART_JOBS_PARTITIONS", "1", "METALCART_JOBS_CHUNK_SIZE", "2");

  private Process metalcart;

  @AfterEach
  void stop() {
    if (metalcart != null) {
      metalcart.destroyForcibly();
    }
    SIMULATOR.clearFaults();
  }

  @Test
  void aRunKilledHalfWayIsResumedAfterTheRestartAndBlocksEveryServiceOnce() throws Exception {
    SIMULATOR.reset(
        TestInventory.of(
            IntStream.rangeClosed(1, SERVICES)
                .mapToObj(
                    i ->
                        "{\"name\": \"jc-%d\", \"configuration\": \"cfg-jobcrash\", \"type\": \"T\"}"
                            .formatted(i))
                .collect(Collectors.joining(","))));
    Path root = Files.createTempDirectory(Path.of("target"), "job-crash-root");
    int port = MicroProcess.freePort();
    metalcart = MicroProcess.start(root, port, SETTINGS);
    Api api = new Api(new URL("http://localhost:" + port + "/"));
    Shop shop = new Shop(api);

    long product = shop.product("cfg-jobcrash", "");
    List<Long> services = new ArrayList<>();
    for (int i = 0; i < SERVICES; i++) {
      JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);
      shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
      services.add(serviceOf(order));
    }
    LocalDate overdue = LocalDate.now(ZoneOffset.UTC).minusDays(5);
    for (long service : services) {
      shop.awaitService(service, inStatus("ACTIVE"));
      api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"" + overdue + "\"}");
    }

    // The fifth block hangs; the kill comes while it hangs, after the first four committed.
    SIMULATOR.clearCalls();
    SIMULATOR.faults("{\"latencyMs\": 100}");
    Api.Reply started = api.post("jobs/expiry-block/runs", Api.ADMIN, "{\"force\": true}");
    assertEquals(202, started.status(), started::toString);
    int run = started.json().getInt("id");
    Shop.await(() -> SIMULATOR.callsOf(BLOCK), calls -> calls >= 4, "four blocks");
    SIMULATOR.faults("{\"hang\": {\"function\": \"" + BLOCK + "\", \"count\": 1, \"seconds\": 8}}");
    Shop.await(() -> SIMULATOR.callsOf(BLOCK), calls -> calls >= 5, "the fifth block");
    // H2 writes commits to disk within a second (see CrashRecoveryIT): kill well after that.
    long killAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    Shop.await(System::nanoTime, now -> now >= killAt, "three seconds into the call");
    metalcart.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    SIMULATOR.clearFaults();

    Path restarted = Files.createTempDirectory(Path.of("target"), "job-crash-root");
    TestDatabase.carryOver(root, restarted);
    metalcart = MicroProcess.start(restarted, port, SETTINGS);

    JsonObject finished =
        Shop.await(
            () -> api.get("jobs/runs/" + run + "?limit=100", Api.ADMIN).json(),
            r -> r.getString("status").equals("COMPLETED"),
            "run " + run + " after the restart");
    JsonObject counts = finished.getJsonObject("counts");
    assertEquals(SERVICES, counts.getInt("examined"), finished::toString);
    assertEquals(SERVICES, counts.getInt("acted"), finished::toString);
    assertEquals(0, counts.getInt("failed"), finished::toString);
    List<Long> acted =
        finished.getJsonObject("outcomes").getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .map(o -> o.getJsonNumber("serviceId").longValue())
            .sorted()
            .toList();
    assertEquals(services, acted, "one outcome per service");

    for (long service : services) {
      JsonObject blocked = shop.awaitService(service, inStatus("SUSPENDED"));
      assertTrue(SIMULATOR.server(blocked.getString("serverName")).getBoolean("blocked"));
      assertEquals(
          1, shop.historyOf(service, "SUSPENDED"), "service " + service + " suspended once");
    }
    // Each server blocked once, but the one whose block was in flight at the kill: its module
    // task asks again after the restart (DCImanager's block is idempotent).
    assertEquals(SERVICES + 1, SIMULATOR.callsOf(BLOCK));
  }
}
