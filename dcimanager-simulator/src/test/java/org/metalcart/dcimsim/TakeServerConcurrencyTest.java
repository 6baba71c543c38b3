package org.metalcart.dcimsim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A server can be taken only once, however many take it at the same moment. */
class TakeServerConcurrencyTest extends SimulatorTestBase {

  private static final int ATTEMPTS = 50;

  @Test
  void fiftyParallelAttemptsToTakeOneServerLetExactlyOneSucceed() throws Exception {
    String server = serverId("ds-101");
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < ATTEMPTS; i++) {
      accounts.add(
          sim.v5(
                  "user.edit",
                  "sok",
                  "ok",
                  "name",
                  "racer" + i,
                  "passwd",
                  "pw-" + i,
                  "level",
                  "lvUser")
              .xpath("/doc/id")
              .get(0));
    }
    ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    for (int i = 0; i < ATTEMPTS; i++) {
      String account = accounts.get(i);
      boolean viaV6 = i % 2 == 0;
      attempts.add(
          pool.submit(
              () -> {
                start.await();
                return viaV6
                    ? sim.v6(
                                "POST",
                                "/dci/v3/server/" + server + "/owner",
                                "{\"owner\": " + account + "}")
                            .status()
                        == 200
                    : sim.v5("server.edit", "sok", "ok", "elid", server, "owner", account)
                            .xpath("/doc/ok")
                            .size()
                        == 1;
              }));
    }
    start.countDown();
    int succeeded = 0;
    for (Future<Boolean> attempt : attempts) {
      succeeded += attempt.get() ? 1 : 0;
    }
    pool.shutdown();

    assertEquals(1, succeeded, "exactly one attempt may take the server");
    List<String> owners = sim.v5("server").xpath("//elem[id='" + server + "']/owner");
    assertEquals(1, owners.size());
  }

  @Test
  void givingAServerAgainToItsOwnerIsHarmlessSoRetriesAreSafe() {
    String server = serverId("ds-101");
    String acme = FreeServerRuleTest.accountId("acme");
    assertEquals(
        1,
        sim.v5("server.edit", "sok", "ok", "elid", server, "owner", acme).xpath("/doc/ok").size());
    assertEquals(
        1,
        sim.v5("server.edit", "sok", "ok", "elid", server, "owner", acme).xpath("/doc/ok").size());
    String other =
        sim.v5("user.edit", "sok", "ok", "name", "other", "passwd", "pw").xpath("/doc/id").get(0);
    assertEquals(
        List.of("value"),
        sim.v5("server.edit", "sok", "ok", "elid", server, "owner", other)
            .xpath("/doc/error/@type"));
    assertEquals(
        409,
        sim.v6("POST", "/dci/v3/server/" + server + "/owner", "{\"owner\": " + other + "}")
            .status());
  }
}
