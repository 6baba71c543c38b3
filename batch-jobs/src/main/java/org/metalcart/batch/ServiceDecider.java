package org.metalcart.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.NightlyJob;
import org.metalcart.jobs.ServiceSnapshot;
import org.metalcart.jobs.Verdict;
import org.metalcart.renewal.ExpiryRules;

/**
 * Decides about each service by the job's rules as of the run's start. Every service goes on to the
 * writer, which counts it as examined; only those due are acted on.
 */
@Dependent
@Named("serviceDecider")
public class ServiceDecider implements ItemProcessor {

  @Inject CurrentRun run;

  @Inject JobRuns runs;

  private ExpiryRules rules;

  /** A page of services in, the page of decisions out. */
  @Override
  public Object processItem(Object item) {
    if (rules == null) {
      rules = runs.rules(runs.run(run.id()));
    }
    NightlyJob job = run.job();
    List<Decision> decisions = new ArrayList<>();
    for (Object service : (List<?>) item) {
      ServiceSnapshot snapshot = (ServiceSnapshot) service;
      decisions.add(new Decision(snapshot, Verdict.of(job, rules, snapshot)));
    }
    return decisions;
  }
}
