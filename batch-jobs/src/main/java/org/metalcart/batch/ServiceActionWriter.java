package org.metalcart.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.Outcome;
import org.metalcart.jobs.ServiceActions;

/**
 * Acts on the services of a chunk (pages of decided services) that are due, one at a time, each in
 * its own transactions (a failure is recorded and the next service follows); records the services
 * passed over; and, in the chunk's transaction with its checkpoint, how far the partition got and
 * how many it examined.
 */
@Dependent
@Named("serviceActionWriter")
public class ServiceActionWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "part")
  String part;

  @Inject CurrentRun run;

  @Inject JobRuns runs;

  @Inject ServiceActions actions;

  @Override
  public void writeItems(List<Object> items) {
    long runId = run.id();
    long through = 0;
    int examined = 0;
    for (Object page : items) {
      for (Object decided : (List<?>) page) {
        Decision decision = (Decision) decided;
        examined++;
        through = Math.max(through, act(runId, decision));
      }
    }
    if (examined > 0) {
      runs.examined(runId, Integer.parseInt(part), through, examined);
    }
  }

  /** Acts on one service as decided; returns its id. */
  private long act(long runId, Decision decision) {
    long serviceId = decision.service().id();
    switch (decision.verdict().kind()) {
      case ACT -> actions.act(runId, run.job(), serviceId);
      case EXEMPT -> runs.record(runId, serviceId, Outcome.SKIPPED, decision.verdict().detail());
      case NOT_DUE -> {
        // examined, nothing to do
      }
    }
    return serviceId;
  }
}
