package org.metalcart.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.metalcart.dcim.AllocatedAddress;
import org.metalcart.dcim.DcimException;
import org.metalcart.dcim.DcimGateway;
import org.metalcart.dcim.DcimServer;
import org.metalcart.renewal.RenewalSettings;

/**
 * The reconcile job: reads DCImanager's inventory and Metalcart's services once each, records where
 * they disagree ({@link Drift}), and, when the run is not dry, repairs what is safe to repair: an
 * orphan server is released (as Terminate releases one), a stray address given back to its pool.
 * Lost servers and unknown installs are reported for a person to decide. A run that would release
 * more orphans than the safety share of the live services stops before releasing any, unless
 * forced, as expiry-block does. Calls DCImanager outside any transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

  private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

  /** The exit of a run stopped by the safety threshold (the batch listener records STOPPED). */
  public static final String TOO_MANY = "TOO_MANY";

  @Inject DcimGateway dcim;

  @Inject ReconcileSteps steps;

  @Inject JobRuns runs;

  @Inject RenewalSettings settings;

  /** Carries out the run; returns {@link #TOO_MANY} when the safety threshold stopped it. */
  public String run(long runId) {
    JobRun run = runs.run(runId);
    List<DcimServer> servers = dcim.servers();
    List<AllocatedAddress> allocated = dcim.allocatedAddresses();
    Drift.MetalcartView metalcart = steps.metalcart();
    List<Drift.Finding> findings =
        Drift.between(servers, allocated, metalcart, dcim.tellsInstalls());
    long orphans = findings.stream().filter(f -> f.kind() == DriftKind.ORPHAN_SERVER).count();
    long live = metalcart.held().stream().filter(Drift.HeldServer::live).count();
    String stop = run.dryRun() ? null : safetyStop(run, orphans, live);
    List<DriftFinding> toRepair =
        steps.found(
            runId,
            servers.size() + metalcart.held().size(),
            findings,
            !run.dryRun() && stop == null);
    LOG.info(
        () ->
            "Reconcile run "
                + runId
                + ": "
                + servers.size()
                + " servers, "
                + metalcart.held().size()
                + " services with a server, "
                + findings.size()
                + " findings");
    if (stop != null) {
      return TOO_MANY;
    }
    for (DriftFinding finding : toRepair) {
      if (finding.action() == DriftAction.WOULD_REPAIR) {
        repair(finding);
      }
    }
    return "COMPLETED";
  }

  private String safetyStop(JobRun run, long orphans, long live) {
    double share = live == 0 ? 1 : (double) orphans / live;
    if (orphans <= 1 || share <= settings.maxBlockShare()) {
      return null;
    }
    String reason =
        String.format(
            Locale.ROOT,
            "would release %d orphan servers, %.1f %% of the %d live services, above the safety"
                + " threshold of %.1f %%",
            orphans,
            share * 100,
            live,
            settings.maxBlockShare() * 100);
    if (run.forced()) {
      runs.because(run.id(), reason + "; forced by " + run.requestedBy());
      return null;
    }
    runs.because(
        run.id(),
        reason
            + ": stopped before releasing any. Look at the findings; start the run with force to"
            + " release them anyway");
    return reason;
  }

  private void repair(DriftFinding finding) {
    try {
      switch (finding.kind()) {
        case ORPHAN_SERVER -> releaseOrphan(finding);
        case STRAY_ADDRESS -> {
          dcim.releaseAddress(finding.addressId());
          steps.acted(
              finding.id(),
              DriftAction.REPAIRED,
              "address " + finding.address() + " given back to its pool");
        }
        default -> {}
      }
    } catch (DcimException e) {
      steps.acted(
          finding.id(),
          DriftAction.REPAIR_FAILED,
          finding.detail()
              + "; the repair failed ("
              + e.getMessage()
              + "): the next run tries again");
    }
  }

  /**
   * Looks again first: a Create may have taken the server since the run read it, or DCImanager
   * given it to someone else.
   */
  private void releaseOrphan(DriftFinding finding) {
    DcimServer now = dcim.server(finding.serverId());
    if (!steps.stillOrphan(finding.serverId())
        || !finding.accountId().equals(now.ownerAccountId())) {
      steps.acted(
          finding.id(),
          DriftAction.REPORTED,
          finding.detail() + "; it changed since the run read it, and was left as it is");
      return;
    }
    dcim.release(finding.serverId());
    steps.acted(
        finding.id(),
        DriftAction.REPAIRED,
        "server "
            + now.name()
            + " released: owner removed, hostname free.ds, its extra addresses back in the pool");
  }
}
