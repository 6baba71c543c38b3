package org.metalcart.jobs;

import java.util.Arrays;
import java.util.Optional;
import org.metalcart.services.ServiceStatus;

/** The nightly jobs (§4.5, §4.6), by the name of their job XML, with the services each looks at. */
public enum NightlyJob {
  /** Issues the renewal invoices that are due. */
  RENEWAL_INVOICES("renewal-invoices", ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED),
  /** Blocks the servers of services whose renewal is overdue. */
  EXPIRY_BLOCK("expiry-block", ServiceStatus.ACTIVE),
  /** Releases the servers of services blocked for non-payment for too long. */
  RELEASE_UNPAID("release-unpaid", ServiceStatus.SUSPENDED);

  private final String jobName;
  private final ServiceStatus[] examines;

  NightlyJob(String jobName, ServiceStatus... examines) {
    this.jobName = jobName;
    this.examines = examines;
  }

  public String jobName() {
    return jobName;
  }

  /** The statuses of the services the job examines. */
  public java.util.List<ServiceStatus> examines() {
    return Arrays.asList(examines);
  }

  public static Optional<NightlyJob> named(String jobName) {
    return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
  }
}
