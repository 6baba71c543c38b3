package org.metalcart.api.jobs;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.jobs.JobOutcome;
import org.metalcart.jobs.Outcome;

/** What a run did, or would do, to one service. */
@Schema(
    name = "JobOutcome",
    requiredProperties = {"serviceId", "outcome", "at"})
public class OutcomeView {

  public long serviceId;

  @Schema(implementation = Outcome.class)
  public String outcome;

  public String detail;
  public Instant at;

  static OutcomeView of(JobOutcome outcome) {
    OutcomeView view = new OutcomeView();
    view.serviceId = outcome.serviceId();
    view.outcome = outcome.outcome().name();
    view.detail = outcome.detail();
    view.at = outcome.at();
    return view;
  }
}
