package org.metalcart.stock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimServer;
import org.metalcart.dcim.DcimUnavailableException;

/** DCImanager is asked once per Package Name per cache period, also when it could not answer. */
class FreeServerCountsTest {

  private final List<String> asked = new ArrayList<>();
  private int free = 3;
  private boolean down;
  private Instant now = Instant.parse("2026-12-04T00:00:00Z");
  private FreeServerCounts counts;

  @BeforeEach
  void counts() {
    counts = new FreeServerCounts();
    counts.cacheSeconds = 30;
    counts.clock =
        new Clock() {
          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
    counts.dcim =
        (DcimGateway)
            Proxy.newProxyInstance(
                DcimGateway.class.getClassLoader(),
                new Class<?>[] {DcimGateway.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("findFreeServers")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  asked.add((String) args[0]);
                  if (down) {
                    throw new DcimUnavailableException("DCImanager is down", null);
                  }
                  return IntStream.range(0, Math.min(free, (int) args[1]))
                      .mapToObj(FreeServerCountsTest::server)
                      .toList();
                });
  }

  @Test
  void theAnswerIsKeptForTheCachePeriodPerPackageName() {
    assertEquals(3, counts.of("E-2146G").orElseThrow().serverIds().size());
    free = 1;
    now = now.plusSeconds(29);
    assertEquals(3, counts.of("E-2146G").orElseThrow().serverIds().size(), "still the kept one");
    assertEquals(List.of("E-2146G"), asked);

    assertEquals(1, counts.of("R740").orElseThrow().serverIds().size(), "another name is asked");
    now = now.plusSeconds(1);
    assertEquals(1, counts.of("E-2146G").orElseThrow().serverIds().size(), "asked again at 30 s");
    assertEquals(List.of("E-2146G", "R740", "E-2146G"), asked);
  }

  @Test
  void aDcimanagerThatCannotAnswerIsNotAskedAgainByEveryPage() {
    down = true;
    assertTrue(counts.of("E-2146G").isEmpty());
    assertTrue(counts.of("E-2146G").isEmpty());
    assertEquals(1, asked.size());
    down = false;
    now = now.plus(Duration.ofSeconds(31));
    assertEquals(3, counts.of("E-2146G").orElseThrow().serverIds().size());
    assertEquals(2, asked.size());
  }

  @Test
  void aHundredFreeServersMeanThereMayBeMore() {
    free = 250;
    FreeServerCounts.Counted counted = counts.of("E-2146G").orElseThrow();
    assertEquals(Stock.COUNTED, counted.serverIds().size());
    assertTrue(counted.more());
  }

  private static DcimServer server(int i) {
    return new DcimServer(
        "srv-" + i,
        "ds-" + i,
        "E-2146G",
        null,
        DcimServer.FREE_HOSTNAME,
        null,
        false,
        false,
        false,
        false,
        null,
        List.of());
  }
}
