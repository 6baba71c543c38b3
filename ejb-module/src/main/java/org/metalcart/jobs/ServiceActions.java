package org.metalcart.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.metalcart.provisioning.CommandOutcome;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.shared.BusinessException;

/**
 * What a nightly job does to one service it found due: issue the renewal invoice, block the server
 * (Suspend) or release it (Terminate). Block and release run as module tasks, so every DCImanager
 * call is in the service's module log and a crash half-way is finished by the task queue. Outside
 * the batch chunk's transaction: a failure on one service is recorded and the run goes on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceActions {

  private static final Logger LOG = Logger.getLogger(ServiceActions.class.getName());

  @Inject ActionSteps steps;

  @Inject ModuleCommands commands;

  public void act(long runId, NightlyJob job, long serviceId) {
    try {
      if (job == NightlyJob.RENEWAL_INVOICES) {
        steps.invoice(runId, serviceId);
      } else {
        runModuleCommand(runId, serviceId);
      }
    } catch (BusinessException e) {
      steps.failed(runId, serviceId, e.getMessage());
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE,
          "Job run " + runId + " failed on service " + serviceId + ", ref " + reference,
          e);
      steps.failed(runId, serviceId, "failed unexpectedly (log reference " + reference + ")");
    }
  }

  private void runModuleCommand(long runId, long serviceId) {
    String holder = commands.newHolder();
    if (steps.begin(runId, serviceId, holder).orElse(null) != Outcome.DONE) {
      return;
    }
    // DONE was recorded with the leased task; only a failure changes the outcome.
    CommandOutcome result = commands.runLeased(serviceId, holder);
    if (result.kind() == CommandOutcome.Kind.WAITING) {
      steps.waiting(runId, serviceId, result.message() + "; the module task queue goes on then");
    } else if (result.kind() == CommandOutcome.Kind.RETRYING) {
      steps.failed(runId, serviceId, result.message() + "; the module task queue tries again");
    } else if (result.kind() == CommandOutcome.Kind.FAILED) {
      steps.failed(runId, serviceId, result.message());
    }
  }
}
