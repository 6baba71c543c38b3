package org.metalcart.dcim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * The exchange the adapters use in the application: {@link GuardedDcimExchange}, with an open
 * circuit reported in DCImanager's terms. A call refused by an open circuit was never sent, so it
 * is {@link DcimUnavailableException}: nothing happened, and the caller may try again later.
 */
@ApplicationScoped
public class ResilientDcimExchange implements DcimExchange {

  @Inject GuardedDcimExchange guarded;

  @Override
  public <T> T call(
      String function, String request, Supplier<Response> send, Function<Answer, T> interpret) {
    try {
      return guarded.call(function, request, send, interpret);
    } catch (CircuitBreakerOpenException e) {
      throw new DcimUnavailableException(
          "DCImanager failed too often; calls are suspended for a while ("
              + function
              + " was not sent)",
          e);
    }
  }
}
