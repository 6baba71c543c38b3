package org.metalcart.jobs;

import java.util.Arrays;
import java.util.Optional;

/** The nightly jobs (§4.5, §4.6), by the name of their job XML, with the services each looks at. */
public enum NightlyJob {
  /** Issues the renewal invoices that are due. */
  RENEWAL_INVOICES("renewal-invoices"),
  /** Blocks the servers of services whose renewal is overdue. */
  EXPIRY_BLOCK("expiry-block"),
  /** Releases the servers of services blocked for non-payment for too long. */
  RELEASE_UNPAID("release-unpaid");

  private final String jobName;

  NightlyJob(String jobName) {
    this.jobName = jobName;
  }

  public String jobName() {
    return jobName;
  }

  public static Optional<NightlyJob> named(String jobName) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
  }
}
