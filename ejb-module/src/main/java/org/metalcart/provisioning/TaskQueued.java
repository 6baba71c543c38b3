package org.metalcart.provisioning;

/** A module task was queued; it may be started once the queuing transaction has committed. */
public record TaskQueued(long serviceId) {}
