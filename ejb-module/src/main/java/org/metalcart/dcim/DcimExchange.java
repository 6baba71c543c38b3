package org.metalcart.dcim;

import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How the adapters exchange one request and answer with DCImanager. {@link HttpDcimExchange} does
 * it plainly; in the application the adapters get {@link ResilientDcimExchange}, which adds the
 * fault tolerance policies.
 */
public interface DcimExchange {

  /** The HTTP status and body of an answer. */
  record Answer(int status, String body) {}

  /**
   * Sends a request and interprets the answer. {@code function} names the call for counters and the
   * log; {@code request} is what the log shows of it (secrets are redacted before it is recorded).
   */
  <T> T call(
      String function, String request, Supplier<Response> send, Function<Answer, T> interpret);
}
