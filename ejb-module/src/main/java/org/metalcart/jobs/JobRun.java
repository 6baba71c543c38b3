package org.metalcart.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of a nightly job. Every decision of the run is taken as of {@link #asOf()}, also when the
 * run is restarted later, so a restart finishes the same run rather than a different one.
 */
@Entity
@Table(name = "job_run")
@NamedQuery(
    name = "JobRun.recent",
    query = "select r from JobRun r where (:job is null or r.jobName = :job) order by r.id desc")
@NamedQuery(
    name = "JobRun.countRecent",
    query = "select count(r) from JobRun r where (:job is null or r.jobName = :job)")
@NamedQuery(
    name = "JobRun.heldBy",
    query =
        "select r from JobRun r where r.status = org.metalcart.jobs.RunStatus.RUNNING"
            + " and r.leaseHolder like :instance and r.leaseHolder <> :current order by r.id")
@NamedQuery(
    name = "JobRun.leaseRanOut",
    query =
        "select r.id from JobRun r where r.status in (org.metalcart.jobs.RunStatus.RUNNING,"
            + " org.metalcart.jobs.RunStatus.STARTING) and (r.leaseUntil is null"
            + " or r.leaseUntil < :now) and (r.leaseHolder is null or r.leaseHolder not like"
            + " :instance) order by r.id")
@NamedQuery(
    name = "JobRun.extendLease",
    query =
        "update JobRun r set r.leaseUntil = :until where r.id = :runId"
            + " and r.status = org.metalcart.jobs.RunStatus.RUNNING")
public class JobRun {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_run_seq")
  @SequenceGenerator(name = "job_run_seq", sequenceName = "job_run_seq", allocationSize = 50)
  private Long id;

  @Column(name = "job_name", nullable = false)
  private String jobName;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Column(name = "forced", nullable = false)
  private boolean forced;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private RunStatus status;

  @Column(name = "reason")
  private String reason;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "night")
  private LocalDate night;

  @Column(name = "as_of", nullable = false)
  private Instant asOf;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "lease_holder")
  private String leaseHolder;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected JobRun() {
    // for JPA
  }

  JobRun(
      NightlyJob job,
      boolean dryRun,
      boolean forced,
      String requestedBy,
      LocalDate night,
      String holder,
      Instant now,
      Duration lease) {
    this.jobName = job.jobName();
    this.dryRun = dryRun;
    this.forced = forced;
    this.requestedBy = requestedBy;
    this.night = night;
    this.asOf = now;
    this.startedAt = now;
    this.status = RunStatus.STARTING;
    this.leaseHolder = holder;
    this.leaseUntil = now.plus(lease);
  }

  /** The batch job runs it (again, after a restart), under {@code holder}'s lease. */
  void running(long executionId, String holder, Instant now, Duration lease) {
    this.executionId = executionId;
    this.status = RunStatus.RUNNING;
    this.reason = null;
    this.endedAt = null;
    this.leaseHolder = holder;
    this.leaseUntil = now.plus(lease);
  }

  /**
   * Another instance claims the run whose lease ran out, to restart it: from now the lease is
   * {@code holder}'s, so a third instance looking at the same moment leaves it alone.
   */
  void claim(String holder, Instant now, Duration lease) {
    this.leaseHolder = holder;
    this.leaseUntil = now.plus(lease);
  }

  void extendLease(Instant now, Duration lease) {
    this.leaseUntil = now.plus(lease);
  }

  boolean leaseExpired(Instant now) {
    return leaseUntil == null || !leaseUntil.isAfter(now);
  }

  void end(RunStatus status, String reason, Instant now) {
    this.status = status;
    if (reason != null) {
      this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }
    this.endedAt = now;
    this.leaseHolder = null;
    this.leaseUntil = null;
  }

  /** Why the run acts differently (the safety threshold), recorded while it goes on. */
  void because(String reason) {
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public String jobName() {
    return jobName;
  }

  public NightlyJob job() {
    return NightlyJob.named(jobName).orElseThrow();
  }

  public boolean dryRun() {
    return dryRun;
  }

  public boolean forced() {
    return forced;
  }

  public RunStatus status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public LocalDate night() {
    return night;
  }

  public Instant asOf() {
    return asOf;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public Long executionId() {
    return executionId;
  }

  public String leaseHolder() {
    return leaseHolder;
  }

  /** Who a service's history names as the actor of this run's changes. */
  public String actor() {
    return "job " + jobName + " run " + id;
  }
}
