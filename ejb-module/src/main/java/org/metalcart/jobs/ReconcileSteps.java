package org.metalcart.jobs;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.metalcart.provisioning.ModuleCommands;
import org.metalcart.services.ServiceStatus;

/**
 * The reconcile job's reading of Metalcart and its records, each in a transaction of its own: the
 * view it compares with DCImanager, the findings with what was done about them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconcileSteps {

  private static final Set<ServiceStatus> LIVE =
      EnumSet.of(ServiceStatus.PENDING, ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED);
  private static final Set<ServiceStatus> SETTLED =
      EnumSet.of(ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED);

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject ModuleCommands commands;

  @Inject JobRuns runs;

  @Inject Clock clock;

  /** What Metalcart holds, read in one transaction. */
  public Drift.MetalcartView metalcart() {
    List<Drift.HeldServer> held =
        em.createQuery(
                "select s.id, s.status, s.serverId, s.dcimAccountId, s.installOperationId"
                    + " from Service s where s.serverId is not null",
                Object[].class)
            .getResultStream()
            .map(
                row ->
                    new Drift.HeldServer(
                        (Long) row[0],
                        LIVE.contains((ServiceStatus) row[1]),
                        SETTLED.contains((ServiceStatus) row[1]),
                        (String) row[2],
                        (String) row[3],
                        (String) row[4]))
            .toList();
    Set<String> accounts =
        new HashSet<>(
            em.createQuery(
                    "select distinct s.dcimAccountId from Service s"
                        + " where s.dcimAccountId is not null",
                    String.class)
                .getResultList());
    return new Drift.MetalcartView(
        held, accounts, commands.claimedServers(), commands.claimedServersWithTasks());
  }

  /**
   * Records what the run found (replacing what an interrupted execution of it recorded) and how
   * much it examined; returns the findings as stored.
   */
  public List<DriftFinding> found(
      long runId, long examined, List<Drift.Finding> findings, boolean repairing) {
    em.createNamedQuery("DriftFinding.forgetRun").setParameter("runId", runId).executeUpdate();
    List<DriftFinding> stored =
        findings.stream()
            .map(
                f ->
                    new DriftFinding(
                        runId,
                        f,
                        f.repairable() ? DriftAction.WOULD_REPAIR : DriftAction.REPORTED,
                        clock.instant()))
            .toList();
    stored.forEach(em::persist);
    runs.examinedAtOnce(runId, examined);
    return repairing ? stored : List.of();
  }

  /**
   * Whether an orphan is still one when it is about to be released: no service has taken the server
   * since the run read it.
   */
  public boolean stillOrphan(String serverId) {
    return em.createQuery("select count(s) from Service s where s.serverId = :server", Long.class)
                .setParameter("server", serverId)
                .getSingleResult()
            == 0
        && !commands.claimedServers().contains(serverId);
  }

  public void acted(long findingId, DriftAction action, String detail) {
    em.find(DriftFinding.class, findingId).acted(action, detail, clock.instant());
  }
}
