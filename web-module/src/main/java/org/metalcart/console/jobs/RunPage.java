package org.metalcart.console.jobs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.metalcart.console.ListPage;
import org.metalcart.jobs.DriftFinding;
import org.metalcart.jobs.JobOutcome;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.JobRuns;
import org.metalcart.jobs.NightlyJob;
import org.metalcart.jobs.Outcome;
import org.metalcart.jobs.RunCounts;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/** One run: its counts and, page by page, what it did (or would do) to each service. */
@Named
@RequestScoped
public class RunPage extends ListPage<JobOutcome> {

  @Inject JobRuns runs;

  private long id;

  private Outcome outcome;

  private JobRun run;

  private RunCounts counts;

  private List<DriftFinding> findings;

  /** Findings shown on the page; the API pages through all of them. */
  private static final int FINDINGS = 200;

  @Override
  protected Page<JobOutcome> read(PageRequest request, String search) {
    return runs.outcomes(id, outcome, request);
  }

  public JobRun getRun() {
    if (run == null) {
      run = runs.run(id);
    }
    return run;
  }

  public RunCounts getCounts() {
    if (counts == null) {
      counts = runs.counts(id);
    }
    return counts;
  }

  /** A run still going: the page looks again in a few seconds. */
  public boolean isGoing() {
    return !getRun().status().isFinal();
  }

  /** A reconcile run: its findings are shown above the (empty) per-service outcomes. */
  public boolean isReconcile() {
    return getRun().job() == NightlyJob.RECONCILE;
  }

  /** The first findings of a reconcile run. */
  public List<DriftFinding> getFindings() {
    if (findings == null) {
      findings = runs.findings(id, null, new PageRequest(0, FINDINGS)).items();
    }
    return findings;
  }

  public List<Outcome> getOutcomes() {
    return List.of(Outcome.values());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }
}
