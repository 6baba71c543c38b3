package org.metalcart.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.metalcart.audit.NotAudited;

/**
 * Who runs a job now. A run takes its job's lease, locked, and renews it with every chunk; two runs
 * of one job therefore never overlap, also on two instances sharing the database. A lease not
 * renewed in time (its instance died) may be taken over.
 */
@Entity
@NotAudited
@Table(name = "job_lease")
@NamedQuery(
    name = "JobLease.extend",
    query = "update JobLease l set l.leaseUntil = :until where l.runId = :runId")
public class JobLease {

  @Id
  @Column(name = "job_name")
  private String jobName;

  @Column(name = "run_id")
  private Long runId;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  protected JobLease() {
    // for JPA
  }

  Long runId() {
    return runId;
  }

  boolean heldAt(Instant now) {
    return runId != null && leaseUntil != null && leaseUntil.isAfter(now);
  }

  void take(long runId, Instant now, Duration lease) {
    this.runId = runId;
    this.leaseUntil = now.plus(lease);
  }

  void release(long runId) {
    if (this.runId != null && this.runId == runId) {
      this.runId = null;
      this.leaseUntil = null;
    }
  }
}
