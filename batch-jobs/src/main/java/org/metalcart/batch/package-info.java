/**
 * The nightly Jakarta Batch jobs {@code renewal-invoices}, {@code expiry-block} and {@code
 * release-unpaid}: job XMLs under {@code META-INF/batch-jobs/}, one partitioned chunk step each
 * (reader of service snapshots, decider, action writer) and, for expiry, a safety check first. The
 * artifacts call the business core's EJBs ({@code org.metalcart.jobs}); {@link
 * org.metalcart.batch.JobLauncher} starts runs, {@link org.metalcart.batch.NightlySchedule} starts
 * them every night and restarts the ones this instance was running when it stopped.
 */
package org.metalcart.batch;
