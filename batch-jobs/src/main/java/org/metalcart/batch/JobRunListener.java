package org.metalcart.batch;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.RunStatus;
import org.metalcart.queue.QueueSettings;

/**
 * Ties a batch execution to its job run: takes the job's lease before the first step (a run of the
 * same job elsewhere makes this execution fail before it does anything) and records the end.
 */
@Dependent
@Named("jobRunListener")
public class JobRunListener implements JobListener {

  @Inject CurrentRun run;

  @Inject JobContext jobContext;

  @Inject JobRuns runs;

  @Inject QueueSettings instance;

  @Override
  public void beforeJob() {
    runs.running(run.id(), run.executionId(), JobLauncher.holder(instance.instanceName()));
  }

  @Override
  public void afterJob() {
    BatchStatus status = jobContext.getBatchStatus();
    String exit = jobContext.getExitStatus();
    if (status == BatchStatus.STOPPED || BlockSafetyCheck.TOO_MANY.equals(exit)) {
      runs.end(run.id(), RunStatus.STOPPED, null);
    } else if (status == BatchStatus.FAILED) {
      runs.end(
          run.id(),
          RunStatus.FAILED,
          "the batch execution "
              + run.executionId()
              + " failed (see the server log); restart the run to finish it");
    } else {
      runs.end(run.id(), RunStatus.COMPLETED, null);
    }
  }
}
