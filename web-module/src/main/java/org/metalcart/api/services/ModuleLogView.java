package org.metalcart.api.services;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.dcim.DcimCall;
import org.metalcart.services.ModuleLogEntry;

/** One DCImanager call of a service, secrets redacted. */
@Schema(
    name = "ModuleLogEntry",
    requiredProperties = {"id", "at", "command", "function", "outcome", "durationMs"})
public class ModuleLogView {

  public long id;
  public Instant at;
  public String command;
  public String function;
  public String request;
  public String response;

  @Schema(implementation = DcimCall.Outcome.class)
  public String outcome;

  public long durationMs;

  static ModuleLogView of(ModuleLogEntry entry) {
    ModuleLogView view = new ModuleLogView();
    view.id = entry.id();
    view.at = entry.at();
    view.command = entry.command();
    view.function = entry.function();
    view.request = entry.request();
    view.response = entry.response();
    view.outcome = entry.outcome().name();
    view.durationMs = entry.durationMillis();
    return view;
  }
}
