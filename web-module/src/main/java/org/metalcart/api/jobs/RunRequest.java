package org.metalcart.api.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** How to run a job; the body may be left out. */
@Schema(name = "JobRunRequest")
public class RunRequest extends JsonRequest {

  @Schema(
      description =
          "list what the run would do, change nothing. Absent: false, but true for reconcile,"
              + " which repairs only when asked with false")
  public Boolean dryRun;

  @Schema(
      description =
          "expiry-block and reconcile: act even above the safety share of the active services",
      defaultValue = "false")
  public boolean force;
}
