package org.metalcart.console.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.metalcart.batch.JobLauncher;
import org.metalcart.console.ConsoleCaller;
import org.metalcart.console.ConsoleMessages;
import org.metalcart.console.ListPage;
import org.metalcart.console.security.ConsoleAccess;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.NightlyJob;
import org.metalcart.security.Permission;
import org.metalcart.shared.BusinessException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The nightly jobs' runs, newest first, and Start / Dry run: a run by hand, for real or only to see
 * what it would do. A run goes on in the background; its page shows how far it got.
 */
@Named
@RequestScoped
public class RunList extends ListPage<JobRun> {

  @Inject ConsoleAccess access;

  @Inject JobRuns runs;

  @Inject JobLauncher launcher;

  @Inject ConsoleCaller caller;

  private NightlyJob job;

  /** The job the Start form starts. */
  private NightlyJob toStart = NightlyJob.EXPIRY_BLOCK;

  @Override
  protected Page<JobRun> read(PageRequest request, String search) {
    return runs.runs(job, request);
  }

  public String start() {
    if (access.refuses(Permission.RUN_JOBS)) {
      return null;
    }
    return launch(false);
  }

  public String dryRun() {
    if (access.refuses(Permission.RUN_JOBS)) {
      return null;
    }
    return launch(true);
  }

  private String launch(boolean dry) {
    try {
      JobRun run = launcher.start(toStart, dry, false, caller.caller());
      ConsoleMessages.ok(
          (dry ? "Dry run " : "Run ") + "#" + run.id() + " of " + toStart.jobName() + " started.");
      return ConsoleMessages.redirectTo("/console/run?id=" + run.id());
    } catch (BusinessException refused) {
      ConsoleMessages.failed(toStart.jobName() + " not started: " + refused.getMessage());
      return ConsoleMessages.redirectTo("/console/runs");
    }
  }

  public List<NightlyJob> getJobs() {
    return List.of(NightlyJob.values());
  }

  public NightlyJob getJob() {
    return job;
  }

  public void setJob(NightlyJob job) {
    this.job = job;
  }

  public NightlyJob getToStart() {
    return toStart;
  }

  public void setToStart(NightlyJob toStart) {
    this.toStart = toStart;
  }
}
