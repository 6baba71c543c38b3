/**
 * The business side of the nightly jobs, which run in {@code batch-jobs}: the record of each run
 * ({@link org.metalcart.jobs.JobRun}) under its job's lease ({@link org.metalcart.jobs.JobLease}),
 * its partitions and progress, the per-service outcomes, the decision about a service ({@link
 * org.metalcart.jobs.Verdict}) and the action on it ({@link org.metalcart.jobs.ServiceActions}: an
 * invoice, or a Suspend or Terminate module task).
 */
package org.metalcart.jobs;
