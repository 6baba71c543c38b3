package org.metalcart.jobs;

/**
 * A run's counts: services examined, acted on (or, dry, that would be), passed over with a reason,
 * and failed.
 */
public record RunCounts(long examined, long acted, long skipped, long failed) {}
