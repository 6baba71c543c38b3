package org.metalcart.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobStartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.JobSettings;
import org.metalcart.jobs.NightlyJob;
import org.metalcart.jobs.RunStatus;
import org.metalcart.queue.QueueSettings;
import org.metalcart.shared.Caller;

/**
 * Starts the nightly jobs: records the run under its job's lease, then hands it to the batch
 * runtime. Lives beside the job XMLs so that the batch runtime finds them on every server.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLauncher {

  private static final Logger LOG = Logger.getLogger(JobLauncher.class.getName());

  /** This life of the instance: a new one at every start. */
  private static final String LIFE = UUID.randomUUID().toString().substring(0, 8);

  @Inject JobRuns runs;

  @Inject JobSettings settings;

  @Inject QueueSettings instance;

  /** A run started by an admin; refused while the job runs. */
  public JobRun start(NightlyJob job, boolean dryRun, boolean force, Caller caller) {
    return launch(
        runs.begin(job, dryRun, force, caller.identifier(), null, holder(instance.instanceName())));
  }

  /**
   * The scheduled run of {@code night}; refused when it ran that night or is running. Reconcile
   * runs dry at night: it reports, and an admin repairs.
   */
  public JobRun startNightly(NightlyJob job, LocalDate night) {
    return launch(
        runs.begin(
            job,
            job.dryByDefault(),
            false,
            "nightly schedule",
            night,
            holder(instance.instanceName())));
  }

  /**
   * Restarts a run that failed, or whose instance died (its lease ran out), in a new batch
   * execution: each partition goes on after the last service it committed, and a service the run
   * already acted on is not acted on again.
   */
  public JobRun restart(long runId) {
    return launch(runs.restartable(runId));
  }

  /**
   * Restarts the runs an earlier life of this instance was running when it stopped (it crashed or
   * was killed).
   */
  public void resumeOwnRuns() {
    List<JobRun> interrupted =
        runs.releaseLeasesOf(instance.instanceName(), holder(instance.instanceName()));
    for (JobRun run : interrupted) {
      LOG.info(() -> "Resuming job run " + run.id() + " (" + run.jobName() + ") after a restart");
      launch(run);
    }
  }

  /**
   * Restarts here the runs of other instances that died in the middle of them (their lease ran
   * out). Returns how many.
   */
  public int takeOverAbandonedRuns() {
    List<JobRun> claimed =
        runs.claimAbandoned(instance.instanceName(), holder(instance.instanceName()));
    for (JobRun run : claimed) {
      LOG.warning(
          () ->
              "Taking over job run "
                  + run.id()
                  + " ("
                  + run.jobName()
                  + "): its instance stopped renewing the lease");
      launch(run);
    }
    return claimed.size();
  }

  private JobRun launch(JobRun run) {
    Properties parameters = new Properties();
    parameters.setProperty(CurrentRun.RUN_ID, String.valueOf(run.id()));
    // The chunk counts pages of services.
    parameters.setProperty(
        CurrentRun.CHUNK_PAGES,
        String.valueOf(Math.max(1, settings.chunkSize() / ServiceReader.PAGE)));
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      operator.start(run.jobName(), parameters);
    } catch (JobStartException e) {
      runs.end(run.id(), RunStatus.FAILED, "the batch runtime did not start it: " + e.getMessage());
      throw e;
    }
    return runs.run(run.id());
  }

  /**
   * A lease holder's name: this instance and this life of it (this JVM), so that after a restart it
   * knows the runs its previous life held, and does not mistake its own live runs for them.
   */
  static String holder(String instanceName) {
    return instanceName + "/" + LIFE;
  }
}
