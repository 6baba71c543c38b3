package org.metalcart.api.jobs;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.metalcart.api.PageView;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.RunCounts;
import org.metalcart.jobs.RunStatus;

/** A run of a nightly job: status, counts and, when asked for one run, its outcomes. */
@Schema(
    name = "JobRun",
    requiredProperties = {"id", "job", "dryRun", "forced", "status", "requestedBy", "asOf"})
public class RunView {

  public long id;
  public String job;
  public boolean dryRun;
  public boolean forced;

  @Schema(implementation = RunStatus.class)
  public String status;

  @Schema(description = "why it stopped or failed, or acted over the safety threshold")
  public String reason;

  public String requestedBy;

  @Schema(description = "the night of a scheduled run")
  public LocalDate night;

  @Schema(description = "the instant its decisions are taken as of")
  public Instant asOf;

  public Instant startedAt;
  public Instant endedAt;

  @Schema(description = "the instance (and its life) running it, while it runs")
  public String heldBy;

  public Counts counts;

  @Schema(description = "per-service outcomes, a page at a time (offset, limit, outcome)")
  public PageView<OutcomeView> outcomes;

  /** Services examined; acted on (dry: would be); passed over with a reason; failed. */
  @Schema(
      name = "JobRunCounts",
      requiredProperties = {"examined", "acted", "skipped", "failed"})
  public static class Counts {
    public long examined;
    public long acted;
    public long skipped;
    public long failed;
  }

  static RunView of(JobRun run, RunCounts counts) {
    RunView view = new RunView();
    view.id = run.id();
    view.job = run.jobName();
    view.dryRun = run.dryRun();
    view.forced = run.forced();
    view.status = run.status().name();
    view.reason = run.reason();
    view.requestedBy = run.requestedBy();
    view.night = run.night();
    view.asOf = run.asOf();
    view.startedAt = run.startedAt();
    view.endedAt = run.endedAt();
    view.heldBy = run.leaseHolder();
    if (counts != null) {
      view.counts = new Counts();
      view.counts.examined = counts.examined();
      view.counts.acted = counts.acted();
      view.counts.skipped = counts.skipped();
      view.counts.failed = counts.failed();
    }
    return view;
  }
}
