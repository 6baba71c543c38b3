package org.metalcart.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceRepository;
import org.metalcart.provisioning.ModuleCommand;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.renewal.ExpiryRules;
import org.metalcart.renewal.Renewals;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceRepository;
import org.metalcart.services.SuspendReason;

/**
 * The recorded steps of a job's action on one service, each in a transaction of its own: the
 * decision on the locked service, the intent and the outcome commit together, so a run restarted
 * after a crash knows what it did. A service the run has an outcome for is not acted on again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ActionSteps {

  @Inject JobRuns runs;

  @Inject ServiceRepository services;

  @Inject InvoiceRepository invoices;

  @Inject Renewals renewals;

  @Inject ModuleCommands commands;

  /**
   * Issues the renewal invoice (dry: says it would). Empty when the run did this service before.
   */
  public Optional<Outcome> invoice(long runId, long serviceId) {
    if (runs.outcome(runId, serviceId).isPresent()) {
      return Optional.empty();
    }
    JobRun run = runs.run(runId);
    ExpiryRules rules = runs.rules(run);
    if (run.dryRun()) {
      Service service = services.find(serviceId).orElseThrow();
      boolean invoiced = invoices.renewalOf(serviceId, service.nextDueDate()).isPresent();
      Verdict verdict = Verdict.of(run.job(), rules, ServiceSnapshot.of(service, invoiced));
      return Optional.of(
          verdict.act()
              ? record(run, serviceId, Outcome.WOULD, "would invoice the " + verdict.detail())
              : record(run, serviceId, Outcome.SKIPPED, changed(service)));
    }
    Optional<Invoice> issued = renewals.issueInvoice(serviceId, rules, run.actor());
    return Optional.of(
        issued
            .map(
                invoice ->
                    record(
                        run,
                        serviceId,
                        Outcome.DONE,
                        "invoice "
                            + invoice.id()
                            + " for the renewal from "
                            + invoice.periodStart()
                            + ": "
                            + invoice.total().toPlainString()
                            + " "
                            + invoice.currency()))
            .orElseGet(
                () ->
                    record(
                        run,
                        serviceId,
                        Outcome.SKIPPED,
                        "invoiced or no longer due when the job came to it")));
  }

  /**
   * Decides on the locked service and, if it is still due, leases the module task that blocks
   * (Suspend) or releases (Terminate) its server for {@code holder} to run next; records DONE with
   * the intent. Dry: records what it would do. Empty when the run did this service before.
   */
  public Optional<Outcome> begin(long runId, long serviceId, String holder) {
    if (runs.outcome(runId, serviceId).isPresent()) {
      return Optional.empty();
    }
    JobRun run = runs.run(runId);
    Service service = services.findForUpdate(serviceId).orElseThrow();
    Verdict verdict = Verdict.of(run.job(), runs.rules(run), ServiceSnapshot.of(service, false));
    if (!verdict.act()) {
      return Optional.of(
          record(
              run,
              serviceId,
              Outcome.SKIPPED,
              verdict.kind() == Verdict.Kind.EXEMPT ? verdict.detail() : changed(service)));
    }
    if (run.dryRun()) {
      return Optional.of(
          record(run, serviceId, Outcome.WOULD, "would " + verb(run) + ": " + verdict.detail()));
    }
    var busy = commands.pending(serviceId);
    if (busy.isPresent()) {
      return Optional.of(
          record(
              run,
              serviceId,
              Outcome.SKIPPED,
              "busy with the module command " + busy.get().command() + "; next run"));
    }
    if (run.job() == NightlyJob.EXPIRY_BLOCK) {
      commands.queueLeased(
          service, ModuleCommand.SUSPEND, SuspendReason.OVERDUE, run.actor(), holder);
    } else {
      commands.queueLeased(service, ModuleCommand.TERMINATE, null, run.actor(), holder);
    }
    return Optional.of(record(run, serviceId, Outcome.DONE, verb(run) + ": " + verdict.detail()));
  }

  /**
   * The action is under way but waits for an operation DCImanager runs on the server: still DONE
   * for the run (the module task finishes it), with what it waits for.
   */
  public void waiting(long runId, long serviceId, String why) {
    runs.outcome(runId, serviceId)
        .ifPresent(outcome -> outcome.change(Outcome.DONE, outcome.detail() + "; " + why));
  }

  /** The action failed; the run goes on. */
  public void failed(long runId, long serviceId, String error) {
    var outcome = runs.outcome(runId, serviceId);
    if (outcome.isPresent()) {
      outcome.get().change(Outcome.FAILED, error);
    } else {
      runs.record(runId, serviceId, Outcome.FAILED, error);
    }
  }

  private Outcome record(JobRun run, long serviceId, Outcome outcome, String detail) {
    runs.record(run.id(), serviceId, outcome, detail);
    return outcome;
  }

  private static String verb(JobRun run) {
    return run.job() == NightlyJob.EXPIRY_BLOCK ? "block" : "release";
  }

  private static String changed(Service service) {
    return "changed since it was read: now "
        + service.status()
        + (service.suspendReason() == null ? "" : " (" + service.suspendReason() + ")")
        + ", due "
        + service.nextDueDate();
  }
}
