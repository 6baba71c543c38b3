package org.metalcart.dcim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The circuit breaker around DCImanager, inside Payara Micro. A deployment of its own: an open
 * circuit stays open for its delay and would disturb other tests.
 */
@ExtendWith(ArquillianExtension.class)
class DcimCircuitBreakerIT {

  @Deployment
  static WebArchive metalcart() {
    return DcimContract.metalcart();
  }

  @Inject ResilientDcimExchange exchange;

  @Inject
  @ConfigProperty(name = "metalcart.dcim.url")
  String url;

  @Test
  void aDcimanagerThatKeepsFailingIsLeftAloneForAWhileThenCalledAgain() {
    SimulatorControl simulator = new SimulatorControl(url);
    simulator.reset();
    DcimGateway gateway =
        DcimGateways.adapterFor(
            new DcimSettings(
                URI.create(url + "/"),
                DcimSettings.ApiVersion.V6,
                "admin@dcim.example.net",
                DcimContract.ADMIN_PASSWORD,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5)),
            exchange);
    String server = simulator.serverId("ds-101");
    gateway.server(server); // logged in

    simulator.faults("{\"errorRate\": 1.0}");
    DcimUnavailableException refused = null;
    for (int call = 0;
        call < 10
            && !(refused != null && refused.getCause() instanceof CircuitBreakerOpenException);
        call++) {
      refused = assertThrows(DcimUnavailableException.class, () -> gateway.server(server));
    }
    assertInstanceOf(CircuitBreakerOpenException.class, refused.getCause(), "the circuit opened");
    // It opened at most one call (six attempts, about 2.5 s) before this moment.
    long opened = System.nanoTime();

    simulator.clearCalls();
    DcimUnavailableException whileOpen =
        assertThrows(DcimUnavailableException.class, () -> gateway.server(server));
    assertTrue(whileOpen.getMessage().contains("suspended"), whileOpen::getMessage);
    assertEquals(0, simulator.calls().size(), "an open circuit sends nothing to DCImanager");

    // DCImanager is back, but the circuit holds for its delay: the calls it refuses meanwhile are
    // never sent, and the first one after the delay goes through.
    simulator.clearFaults();
    long deadline = opened + TimeUnit.MILLISECONDS.toNanos(GuardedDcimExchange.OPEN_CIRCUIT_MILLIS);
    deadline += TimeUnit.SECONDS.toNanos(30);
    String name = null;
    while (name == null) {
      try {
        name = gateway.server(server).name();
      } catch (DcimUnavailableException stillOpen) {
        assertTrue(stillOpen.getMessage().contains("suspended"), stillOpen::getMessage);
        assertEquals(0, simulator.calls().size(), "an open circuit sends nothing to DCImanager");
        assertTrue(System.nanoTime() < deadline, "the circuit did not close again");
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
      }
    }
    long heldMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened);
    assertTrue(
        heldMillis >= GuardedDcimExchange.OPEN_CIRCUIT_MILLIS - 5_000,
        "the circuit stays open for about its delay, it let a call through after "
            + heldMillis
            + " ms");
    assertEquals("ds-101", name, "after its delay the circuit lets calls through again");
  }
}
