package org.metalcart.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.metalcart.dcim.DcimCall;
import org.metalcart.platform.BusinessMetrics;
import org.metalcart.services.ModuleLogEntry;

/**
 * Writes every DCImanager call made for a service into its module log, each in its own transaction
 * as it happens (a call must be on record even when the command fails later), and counts calls and
 * failures per function.
 */
@ApplicationScoped
public class ModuleLogRecorder {

  @Inject BusinessMetrics metrics;

  void record(@Observes DcimCall call) {
    metrics.count(
        "metalcart_dcim_calls", "function", call.function(), "outcome", call.outcome().name());
    ModuleLogContext.Current current = ModuleLogContext.current();
    if (current != null) {
      ModuleLogContext.add(new ModuleLogEntry(current.serviceId(), current.command().name(), call));
    }
  }
}
