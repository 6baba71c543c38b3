package org.metalcart.api.jobs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.input.JsonRequest;

/** How to run a job. Both default to false; the body may be left out. */
@Schema(name = "JobRunRequest")
public class RunRequest extends JsonRequest {

  @Schema(description = "list what the run would do, change nothing")
  public boolean dryRun;

  @Schema(description = "expiry-block: act even above the safety share of active services")
  public boolean force;
}
