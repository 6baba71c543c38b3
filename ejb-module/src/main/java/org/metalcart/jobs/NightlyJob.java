package org.metalcart.jobs;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nightly jobs: renewal invoices, expiry block, release of unpaid servers, and reconcile, by
 * the name of their job XML.
 */
public enum NightlyJob {
  /** Issues the renewal invoices that are due. */
  RENEWAL_INVOICES("renewal-invoices"),
  /** Blocks the servers of services whose renewal is overdue. */
  EXPIRY_BLOCK("expiry-block"),
  /** Releases the servers of services blocked for non-payment for too long. */
  RELEASE_UNPAID("release-unpaid"),
  /**
   * Compares DCImanager's inventory with Metalcart's services and repairs what is safe (orphan
   * servers, stray addresses): nightly as a dry run (a report), by hand to repair.
   */
  RECONCILE("reconcile");

  private final String jobName;

  NightlyJob(String jobName) {
    this.jobName = jobName;
  }

  public String jobName() {
    return jobName;
  }

  /** Whether a run acts unless told otherwise: reconcile reports unless asked to repair. */
  public boolean dryByDefault() {
    return this == RECONCILE;
  }

  public static Optional<NightlyJob> named(String jobName) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
  }
}
