package org.metalcart.dcim;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The plain HTTP exchange with DCImanager, the same for both adapters: times it, turns transport
 * failures into {@link DcimUnavailableException} (nothing happened: connection refused, 503) or
 * {@link DcimTimeoutException} (the outcome is unknown), lets the adapter interpret the answer, and
 * reports the call with its secrets redacted. Open for {@link GuardedDcimExchange}, which adds the
 * fault tolerance policies in the application.
 */
public class HttpDcimExchange implements DcimExchange {

  private final Consumer<DcimCall> recorder;
  private final Clock clock;

  public HttpDcimExchange(Consumer<DcimCall> recorder, Clock clock) {
    this.recorder = recorder;
    this.clock = clock;
  }

  @Override
  public <T> T call(
      String function, String request, Supplier<Response> send, Function<Answer, T> interpret) {
    long started = System.nanoTime();
    Answer answer;
    try (Response response = send.get()) {
      answer =
          new Answer(
              response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
    } catch (ProcessingException e) {
      DcimException failure = transportFailure(function, e);
      record(
          function,
          request,
          e.getMessage(),
          failure instanceof DcimTimeoutException
              ? DcimCall.Outcome.TIMEOUT
              : DcimCall.Outcome.UNAVAILABLE,
          started);
      throw failure;
    }
    if (answer.status() == 503) {
      record(function, request, answer.body(), DcimCall.Outcome.UNAVAILABLE, started);
      throw new DcimUnavailableException(
          "DCImanager answered 503 (starting up) to " + function, null);
    }
    try {
      T result = interpret.apply(answer);
      record(function, request, answer.body(), DcimCall.Outcome.OK, started);
      return result;
    } catch (DcimRefusedException e) {
      record(function, request, answer.body(), DcimCall.Outcome.REFUSED, started);
      throw e;
    }
  }

  private static DcimException transportFailure(String function, ProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof HttpConnectTimeoutException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException) {
        return new DcimUnavailableException(
            "DCImanager cannot be reached for " + function + ": " + t.getMessage(), e);
      }
      if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
        return new DcimTimeoutException(
            "DCImanager did not answer " + function + " in time; its outcome is unknown", e);
      }
    }
    // The connection broke during the exchange: DCImanager may have acted, so treat it as unknown.
    return new DcimTimeoutException(
        "The exchange "
            + function
            + " with DCImanager broke off; its outcome is unknown: "
            + e.getMessage(),
        e);
  }

  private void record(
      String function, String request, String response, DcimCall.Outcome outcome, long started) {
    recorder.accept(
        new DcimCall(
            clock.instant(),
            function,
            Redaction.redact(request),
            Redaction.redact(response),
            outcome,
            (System.nanoTime() - started) / 1_000_000));
  }
}
