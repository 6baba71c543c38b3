package org.metalcart.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.metalcart.jobs.JobRun;
import org.metalcart.jobs.JobRuns;
import org.metalcart.renewal.RenewalSettings;

/**
 * Before expiry-block acts: if it would block more than the configured share of the active services
 * ({@code metalcart.expiry.max-block-share}, 10 % by default), the run stops here and says why,
 * unless an admin forced it. A dry run goes on and reports what a real run would do.
 */
@Dependent
@Named("blockSafetyCheck")
public class BlockSafetyCheck extends AbstractBatchlet {

  static final String TOO_MANY = "TOO_MANY";

  @Inject CurrentRun current;

  @Inject JobContext jobContext;

  @Inject JobRuns runs;

  @Inject RenewalSettings settings;

  @Override
  public String process() {
    JobRun run = runs.run(current.id());
    long blockable = runs.blockable(runs.rules(run));
    long active = runs.active();
    double share = active == 0 ? 0 : (double) blockable / active;
    if (blockable == 0 || share <= settings.maxBlockShare()) {
      return "SAFE";
    }
    String reason =
        String.format(
            Locale.ROOT,
            "would block %d of %d active services (%.1f %%), above the safety threshold of %.1f %%",
            blockable,
            active,
            share * 100,
            settings.maxBlockShare() * 100);
    if (run.forced()) {
      runs.because(run.id(), reason + "; forced by " + run.requestedBy());
      return "FORCED";
    }
    if (run.dryRun()) {
      runs.because(run.id(), reason + "; a real run would stop here unless forced");
      return "DRY_RUN";
    }
    runs.because(
        run.id(),
        reason
            + ": stopped before blocking any. Check that payments are being recorded; start the"
            + " run with force to block them anyway");
    jobContext.setExitStatus(TOO_MANY);
    return TOO_MANY;
  }
}
