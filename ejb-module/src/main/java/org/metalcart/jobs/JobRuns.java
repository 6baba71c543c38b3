package org.metalcart.jobs;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.platform.JpaPages;
import org.metalcart.platform.UniqueConstraints;
import org.metalcart.renewal.ExpiryRules;
import org.metalcart.renewal.RenewalSettings;
import org.metalcart.services.ServiceStatus;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.DomainEvent;
import org.metalcart.shared.NotFoundException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The records of the nightly jobs' runs: starting one under its job's lease, its partitions and
 * progress, its outcomes and counts. Each method runs in the caller's transaction (a batch chunk's)
 * or its own.
 */
@Stateless
public class JobRuns {

  @PersistenceContext(unitName = "metalcart")
  EntityManager em;

  @Inject JobSettings settings;

  @Inject RenewalSettings renewal;

  @Inject Clock clock;

  @Inject Event<DomainEvent> events;

  /**
   * Records a new run of {@code job} and takes the job's lease for {@code holder}. Refused while
   * another run of the job holds it; a run whose lease ran out (its instance died) is marked
   * abandoned and this one takes over. A nightly run ({@code night} given) runs once per night.
   */
  public JobRun begin(
      NightlyJob job, boolean dryRun, boolean force, String actor, LocalDate night, String holder) {
    Instant now = clock.instant();
    JobLease lease = em.find(JobLease.class, job.jobName(), LockModeType.PESSIMISTIC_WRITE);
    if (lease.runId() != null) {
      JobRun current = em.find(JobRun.class, lease.runId());
      if (current != null && !current.status().isFinal()) {
        if (!current.leaseExpired(now)) {
          throw new ConflictException(
              job.jobName()
                  + " is running: run "
                  + current.id()
                  + " since "
                  + current.startedAt()
                  + "; a job runs once at a time",
              null);
        }
        current.end(
            RunStatus.ABANDONED,
            "its instance stopped renewing the lease at " + now + "; a new run took over",
            now);
        events.fire(
            new JobRunFinished(
                current.id(),
                current.jobName(),
                current.status(),
                current.dryRun(),
                current.reason(),
                now));
      }
    }
    JobRun run = new JobRun(job, dryRun, force, actor, night, holder, now, settings.lease());
    UniqueConstraints.persistUnique(
        em,
        run,
        night != null && ranFor(job, night),
        () -> new ConflictException(job.jobName() + " has run for the night of " + night, null));
    lease.take(run.id(), now, settings.lease());
    return run;
  }

  private boolean ranFor(NightlyJob job, LocalDate night) {
    return !em.createQuery(
            "select r.id from JobRun r where r.jobName = :job and r.night = :night", Long.class)
        .setParameter("job", job.jobName())
        .setParameter("night", night)
        .getResultList()
        .isEmpty();
  }

  /**
   * The batch runtime runs the run, in execution {@code executionId}: a new run, or one restarted
   * after a failure or a crash, which takes the job's lease again.
   */
  public JobRun running(long runId, long executionId, String holder) {
    Instant now = clock.instant();
    JobLease lease = em.find(JobLease.class, run(runId).jobName(), LockModeType.PESSIMISTIC_WRITE);
    JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run.status().isFinal() && run.status() != RunStatus.FAILED) {
      throw new ConflictException("run " + runId + " is " + run.status(), null);
    }
    if (run.status() == RunStatus.RUNNING
        && !run.leaseExpired(now)
        && !holder.equals(run.leaseHolder())) {
      throw new ConflictException(
          "run " + runId + " is running (execution " + run.executionId() + ")", null);
    }
    if (lease.heldAt(now) && !Long.valueOf(runId).equals(lease.runId())) {
      throw new ConflictException(
          run.jobName() + " is running as run " + lease.runId() + "; a job runs once at a time",
          null);
    }
    lease.take(runId, now, settings.lease());
    run.running(executionId, holder, now, settings.lease());
    return run;
  }

  /**
   * A run that may be restarted: it failed, or it was running when its instance died (its lease ran
   * out, or this instance gave up the leases of its previous life).
   */
  public JobRun restartable(long runId) {
    JobRun run = run(runId);
    boolean interrupted =
        (run.status() == RunStatus.RUNNING || run.status() == RunStatus.STARTING)
            && run.leaseExpired(clock.instant());
    if (run.status() != RunStatus.FAILED && !interrupted) {
      throw new ConflictException(
          "run "
              + runId
              + " is "
              + run.status()
              + (run.status().isFinal() ? "" : " with a live lease")
              + "; only a failed or interrupted run is restarted",
          null);
    }
    return run;
  }

  /**
   * After a start: the runs this instance held in an earlier life ({@code currentHolder} names this
   * one) are dead; their leases are given up so that they can be restarted at once. Returns them.
   */
  public List<JobRun> releaseLeasesOf(String instanceName, String currentHolder) {
    List<JobRun> held =
        em.createNamedQuery("JobRun.heldBy", JobRun.class)
            .setParameter("instance", instanceName + "/%")
            .setParameter("current", currentHolder)
            .getResultList();
    held.forEach(run -> run.extendLease(clock.instant(), java.time.Duration.ZERO));
    return held;
  }

  /**
   * The runs of other instances that stopped renewing their lease (the instance died in the middle
   * of them), claimed for {@code holder} to restart: each goes on after the last services it
   * committed, instead of waiting for someone to restart it by hand or for the next night. Locked
   * as {@link #running} locks them (the job's lease, then the run), so two survivors looking at
   * once claim each run once. Runs of this instance ({@code instanceName}) are not taken: a live
   * one is only slow, and a dead one of an earlier life is resumed at start-up.
   */
  public List<JobRun> claimAbandoned(String instanceName, String holder) {
    Instant now = clock.instant();
    List<JobRun> claimed = new ArrayList<>();
    for (Long id :
        em.createNamedQuery("JobRun.leaseRanOut", Long.class)
            .setParameter("now", now)
            .setParameter("instance", instanceName + "/%")
            .getResultList()) {
      JobRun candidate = em.find(JobRun.class, id);
      em.find(JobLease.class, candidate.jobName(), LockModeType.PESSIMISTIC_WRITE);
      JobRun run = em.find(JobRun.class, id, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(run);
      if (!run.status().isFinal() && run.leaseExpired(now)) {
        run.claim(holder, now, settings.lease());
        claimed.add(run);
      }
    }
    return claimed;
  }

  /** The run ended; the job's lease is free for the next run. */
  public void end(long runId, RunStatus status, String reason) {
    JobRun run = em.find(JobRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    if (run.status() == RunStatus.ABANDONED) {
      return;
    }
    run.end(status, reason, clock.instant());
    em.find(JobLease.class, run.jobName(), LockModeType.PESSIMISTIC_WRITE).release(runId);
    events.fire(
        new JobRunFinished(
            runId, run.jobName(), run.status(), run.dryRun(), run.reason(), clock.instant()));
  }

  /** A reason recorded while the run goes on (a dry run over the safety threshold). */
  public void because(long runId, String reason) {
    em.find(JobRun.class, runId).because(reason);
  }

  public JobRun run(long runId) {
    return Optional.ofNullable(em.find(JobRun.class, runId))
        .orElseThrow(() -> new NotFoundException("job run", runId));
  }

  public Page<JobRun> runs(NightlyJob job, PageRequest page) {
    String name = job == null ? null : job.jobName();
    return JpaPages.page(
        em.createNamedQuery("JobRun.recent", JobRun.class).setParameter("job", name),
        em.createNamedQuery("JobRun.countRecent", Long.class).setParameter("job", name),
        page);
  }

  /** The rules the run decides by: as of its start, also after a restart. */
  public ExpiryRules rules(JobRun run) {
    return renewal.rulesAt(run.asOf());
  }

  // --- partitions and progress

  /**
   * The run's partitions: planned at its first execution over the ids of all services, the same
   * ones at every restart.
   */
  public List<JobPartition> partitions(long runId) {
    List<JobPartition> planned = partitionsOf(runId);
    if (!planned.isEmpty()) {
      return planned;
    }
    Object[] range =
        em.createQuery("select min(s.id), max(s.id) from Service s", Object[].class)
            .getSingleResult();
    long first = range[0] == null ? 1 : (Long) range[0];
    long last = range[1] == null ? 0 : (Long) range[1];
    int parts = (int) Math.max(1, Math.min(settings.partitions(), last - first + 1));
    long size = Math.max(1, (last - first + parts) / parts);
    List<JobPartition> plan = new ArrayList<>();
    for (int part = 0; part < parts; part++) {
      long from = first + part * size;
      long to = part == parts - 1 ? last : Math.min(last, from + size - 1);
      JobPartition partition = new JobPartition(runId, part, from, to);
      em.persist(partition);
      plan.add(partition);
    }
    return plan;
  }

  public JobPartition partition(long runId, int part) {
    return partitionsOf(runId).stream()
        .filter(p -> p.part() == part)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("partition " + part + " of job run", runId));
  }

  private List<JobPartition> partitionsOf(long runId) {
    return em.createNamedQuery("JobPartition.ofRun", JobPartition.class)
        .setParameter("runId", runId)
        .getResultList();
  }

  /**
   * The next services a partition examines, after {@code afterId} and up to {@code lastId}, in id
   * order, without loading the entities. All of them, whatever their status: a service the run
   * changed before a crash is read again after the restart, so the run's counts are the same with
   * or without one.
   */
  public List<ServiceSnapshot> snapshots(NightlyJob job, long afterId, long lastId, int max) {
    String invoiced =
        job == NightlyJob.RENEWAL_INVOICES
            ? "(select count(i) from Invoice i where i.serviceId = s.id"
                + " and i.periodStart = s.nextDueDate)"
            : "0L";
    return em.createQuery(
            "select new org.metalcart.jobs.ServiceSnapshot(s.id, s.status, s.suspendReason,"
                + " s.billingCycle, s.nextDueDate, s.suspendedAt, s.autoSuspendExemptUntil, "
                + invoiced
                + ") from Service s where s.id > :after and s.id <= :last order by s.id",
            ServiceSnapshot.class)
        .setParameter("after", afterId)
        .setParameter("last", lastId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * A chunk examined {@code count} services through {@code throughId}: recorded in the chunk's
   * transaction, with the chunk's checkpoint. The job's lease is renewed.
   */
  public void examined(long runId, int part, long throughId, int count) {
    em.find(JobPartition.class, key(runId, part), LockModeType.PESSIMISTIC_WRITE)
        .examined(throughId, count);
    extendLease(runId);
  }

  /**
   * Renews the run's lease and its job's. The partitions renew them side by side: plain updates,
   * not versioned entity changes that would fail each other.
   */
  private void extendLease(long runId) {
    Instant until = clock.instant().plus(settings.lease());
    em.createNamedQuery("JobRun.extendLease")
        .setParameter("runId", runId)
        .setParameter("until", until)
        .executeUpdate();
    em.createNamedQuery("JobLease.extend")
        .setParameter("runId", runId)
        .setParameter("until", until)
        .executeUpdate();
  }

  private static JobPartition.Key key(long runId, int part) {
    JobPartition.Key key = new JobPartition.Key();
    key.runId = runId;
    key.part = part;
    return key;
  }

  // --- safety

  /** Active services the expiry job would block as of {@code rules}: by the same rules. */
  public long blockable(ExpiryRules rules) {
    return em.createQuery(
            "select count(s) from Service s where s.status = :active"
                + " and s.billingCycle in :recurring and s.nextDueDate <= :lastExpired"
                + " and (s.autoSuspendExemptUntil is null or s.autoSuspendExemptUntil < :today)",
            Long.class)
        .setParameter("active", ServiceStatus.ACTIVE)
        .setParameter("recurring", recurringCycles())
        .setParameter("lastExpired", rules.lastExpiredDueDate())
        .setParameter("today", rules.today())
        .getSingleResult();
  }

  public long active() {
    return em.createQuery("select count(s) from Service s where s.status = :active", Long.class)
        .setParameter("active", ServiceStatus.ACTIVE)
        .getSingleResult();
  }

  private static List<BillingCycle> recurringCycles() {
    return java.util.Arrays.stream(BillingCycle.values())
        .filter(BillingCycle::isRecurring)
        .toList();
  }

  // --- outcomes

  public Optional<JobOutcome> outcome(long runId, long serviceId) {
    JobOutcome.Key key = new JobOutcome.Key();
    key.runId = runId;
    key.serviceId = serviceId;
    return Optional.ofNullable(em.find(JobOutcome.class, key));
  }

  /** Records what the run did to a service, in the caller's transaction. */
  public void record(long runId, long serviceId, Outcome outcome, String detail) {
    em.persist(new JobOutcome(runId, serviceId, outcome, detail, clock.instant()));
  }

  public Page<JobOutcome> outcomes(long runId, Outcome outcome, PageRequest page) {
    return JpaPages.page(
        em.createNamedQuery("JobOutcome.ofRun", JobOutcome.class)
            .setParameter("runId", runId)
            .setParameter("outcome", outcome),
        em.createNamedQuery("JobOutcome.countOfRun", Long.class)
            .setParameter("runId", runId)
            .setParameter("outcome", outcome),
        page);
  }

  /**
   * A run that is one step over everything (reconcile): how much it examined, recorded as its one
   * partition; renews the run's lease.
   */
  public void examinedAtOnce(long runId, long examined) {
    JobPartition partition = em.find(JobPartition.class, key(runId, 0));
    if (partition == null) {
      partition = new JobPartition(runId, 0, 0, 0);
      em.persist(partition);
    }
    partition.examinedAll(examined);
    extendLease(runId);
  }

  /** Findings of a reconcile run, a page at a time, of one kind or all. */
  public Page<DriftFinding> findings(long runId, DriftKind kind, PageRequest page) {
    run(runId);
    return JpaPages.page(
        em.createNamedQuery("DriftFinding.ofRun", DriftFinding.class)
            .setParameter("runId", runId)
            .setParameter("kind", kind),
        em.createNamedQuery("DriftFinding.countOfRun", Long.class)
            .setParameter("runId", runId)
            .setParameter("kind", kind),
        page);
  }

  /**
   * The run's counts: what it examined, and its outcomes by kind (services for the nightly jobs,
   * findings for reconcile).
   */
  public RunCounts counts(long runId) {
    long examined = partitionsOf(runId).stream().mapToLong(JobPartition::examined).sum();
    Map<Outcome.Count, Long> byCount = new EnumMap<>(Outcome.Count.class);
    for (Object[] row :
        em.createNamedQuery("JobOutcome.countsOfRun", Object[].class)
            .setParameter("runId", runId)
            .getResultList()) {
      byCount.merge(((Outcome) row[0]).count(), (Long) row[1], Long::sum);
    }
    for (Object[] row :
        em.createNamedQuery("DriftFinding.countsOfRun", Object[].class)
            .setParameter("runId", runId)
            .getResultList()) {
      byCount.merge(((DriftAction) row[0]).count(), (Long) row[1], Long::sum);
    }
    return new RunCounts(
        examined,
        byCount.getOrDefault(Outcome.Count.ACTED, 0L),
        byCount.getOrDefault(Outcome.Count.SKIPPED, 0L),
        byCount.getOrDefault(Outcome.Count.FAILED, 0L));
  }
}
