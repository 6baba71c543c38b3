package org.metalcart.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.metalcart.jobs.Reconciliation;

/** The reconcile job's one step: {@link Reconciliation} compares and, unless dry, repairs. */
@Dependent
@Named("reconcileBatchlet")
public class ReconcileBatchlet extends AbstractBatchlet {

  @Inject CurrentRun current;

  @Inject JobContext jobContext;

  @Inject Reconciliation reconciliation;

  @Override
  public String process() {
    String exit = reconciliation.run(current.id());
    if (Reconciliation.TOO_MANY.equals(exit)) {
      jobContext.setExitStatus(BlockSafetyCheck.TOO_MANY);
    }
    return exit;
  }
}
