package org.metalcart.api.jobs;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.jobs.JobOutcome;

/** What a run did, or would do, to one service. */
@Schema(name = "JobOutcome")
public class OutcomeView {

  public long serviceId;

  @Schema(enumeration = {"DONE", "WOULD", "SKIPPED", "FAILED"})
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
