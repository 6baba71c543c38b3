package org.metalcart.api.services;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.provisioning.CommandResult;

/** The result of a module command: the service as it is now, and what happened. */
@Schema(
    name = "CommandResult",
    requiredProperties = {"done", "message", "service"})
public class CommandView {

  @Schema(description = "false when DCImanager was unavailable and the command will be retried")
  public boolean done;

  public String message;
  public ServiceView service;

  static CommandView of(CommandResult result) {
    CommandView view = new CommandView();
    view.done = result.done();
    view.message = result.message();
    view.service = ServiceView.of(result.service());
    return view;
  }
}
