package org.metalcart.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a run did, or would do, to one service. One per run and service: recorded with the action's
 * intent, it keeps a restarted run from acting on a service twice.
 */
@Entity
@Table(name = "job_outcome")
@IdClass(JobOutcome.Key.class)
@NamedQuery(
    name = "JobOutcome.ofRun",
    query =
        "select o from JobOutcome o where o.runId = :runId"
            + " and (:outcome is null or o.outcome = :outcome) order by o.serviceId")
@NamedQuery(
    name = "JobOutcome.countOfRun",
    query =
        "select count(o) from JobOutcome o where o.runId = :runId"
            + " and (:outcome is null or o.outcome = :outcome)")
@NamedQuery(
    name = "JobOutcome.countsOfRun",
    query =
        "select o.outcome, count(o) from JobOutcome o where o.runId = :runId group by o.outcome")
public class JobOutcome {

  /** The composite key: run and service. */
  public static class Key implements Serializable {
    Long runId;
    Long serviceId;

    public Key() {
      // for JPA
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(runId, key.runId)
          && java.util.Objects.equals(serviceId, key.serviceId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(runId, serviceId);
    }
  }

  @Id
  @Column(name = "run_id")
  private Long runId;

  @Id
  @Column(name = "service_id")
  private Long serviceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private Outcome outcome;

  @Column(name = "detail")
  private String detail;

  @Column(name = "at", nullable = false)
  private Instant at;

  protected JobOutcome() {
    // for JPA
  }

  JobOutcome(long runId, long serviceId, Outcome outcome, String detail, Instant at) {
    this.runId = runId;
    this.serviceId = serviceId;
    this.at = at;
    change(outcome, detail);
  }

  void change(Outcome outcome, String detail) {
    this.outcome = outcome;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public long serviceId() {
    return serviceId;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }

  public Instant at() {
    return at;
  }
}
