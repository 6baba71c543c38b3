package org.metalcart.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.metalcart.jobs.NightlyJob;

/**
 * The job run a batch artifact works for: the {@code runId} parameter JobLauncher started it with.
 */
@Dependent
public class CurrentRun {

  static final String RUN_ID = "runId";
  static final String CHUNK_PAGES = "chunkPages";

  @Inject JobContext jobContext;

  private Long runId;

  public long id() {
    if (runId == null) {
      runId =
          Long.valueOf(
              BatchRuntime.getJobOperator()
                  .getParameters(jobContext.getExecutionId())
                  .getProperty(RUN_ID));
    }
    return runId;
  }

  public NightlyJob job() {
    return NightlyJob.named(jobContext.getJobName()).orElseThrow();
  }

  public long executionId() {
    return jobContext.getExecutionId();
  }
}
