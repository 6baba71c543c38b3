package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A console session that sits idle longer than metalcart.console.session-timeout ends: the next
 * page asks for a sign-in again. Its own Payara Micro, with a timeout of 5 seconds.
 */
@ExtendWith(FreshDatabase.EachTest.class)
class ConsoleSessionTimeoutIT {

  private Process metalcart;

  @AfterEach
  void stop() {
    if (metalcart != null) {
      metalcart.destroyForcibly();
    }
  }

  @Test
  void anIdleSessionEndsAfterTheTimeoutAndAnActiveOneDoesNot() throws Exception {
    int port = MicroProcess.freePort();
    metalcart =
        MicroProcess.start(
            Files.createTempDirectory(Path.of("target"), "timeout-root"),
            port,
            Map.of("METALCART_CONSOLE_SESSION_TIMEOUT", "PT5S"));
    ConsoleClient console = new ConsoleClient(MicroProcess.url(port));
    assertEquals(
        302,
        console
            .signIn(FirstSaleInTheConsole.STAFF, FirstSaleInTheConsole.STAFF_PASSWORD, null)
            .statusCode());

    // Used every second for eight seconds, longer than the timeout: still signed in.
    for (int second = 0; second < 8; second++) {
      assertEquals(200, console.get("console/index.xhtml").statusCode(), "second " + second);
      Thread.sleep(1_000);
    }
    // Then idle for well over the timeout.
    Thread.sleep(7_000);
    HttpResponse<String> after = console.get("console/index.xhtml");
    assertEquals(302, after.statusCode(), "signed out by the timeout");
    assertTrue(after.headers().firstValue("Location").orElseThrow().contains("/sign-in.xhtml"));
  }
}
