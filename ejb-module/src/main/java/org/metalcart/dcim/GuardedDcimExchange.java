package org.metalcart.dcim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Each single HTTP exchange behind the fault tolerance policies, and reported as a CDI event. The
 * policies sit on the exchange, not on the gateway's operations, because an operation may be
 * several exchanges (allocating an address on DCImanager 6 is allocate, attach, read): repeating a
 * whole operation could allocate twice. The adapters reach it through {@link
 * ResilientDcimExchange}.
 */
// Retry only what certainly did not happen: a 503 (DCImanager 6 answers it while waking up, and its
// documentation says to repeat until another code) or a refused connection. A timeout is never
// retried: DCImanager may have acted, and the caller must look before it acts again.
// All in milliseconds: Payara compares maxDuration with delay without converting their units.
@Retry(
    retryOn = DcimUnavailableException.class,
    maxRetries = 5,
    delay = 300,
    jitter = 200,
    maxDuration = 20_000)
// When DCImanager is down, stop calling it for a while instead of piling up threads that wait for
// timeouts. Refusals (DCImanager answered) are not failures of DCImanager.
// The delay is in milliseconds as well: Payara (6.2025.10) ignores delayUnit here and reads the
// number as milliseconds, so "15 seconds" held the circuit open for 15 ms. WildFly honours both.
@CircuitBreaker(
    failOn = {DcimUnavailableException.class, DcimTimeoutException.class},
    requestVolumeThreshold = 20,
    failureRatio = 0.5,
    delay = GuardedDcimExchange.OPEN_CIRCUIT_MILLIS,
    delayUnit = ChronoUnit.MILLIS,
    successThreshold = 2)
@ApplicationScoped
public class GuardedDcimExchange extends HttpDcimExchange {

  /** How long an open circuit sends nothing to DCImanager before it lets a trial call through. */
  public static final long OPEN_CIRCUIT_MILLIS = 15_000;

  @Inject
  public GuardedDcimExchange(Event<DcimCall> calls, Clock clock) {
    super(calls::fire, clock);
  }

  /** For the container's proxy. */
  protected GuardedDcimExchange() {
    super(null, null);
  }

  @Override
  public <T> T call(
      String function, String request, Supplier<Response> send, Function<Answer, T> interpret) {
    return super.call(function, request, send, interpret);
  }
}
