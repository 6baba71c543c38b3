package org.metalcart.queue;

/** Work was queued; it may be started once the queuing transaction has committed. */
public record WorkQueued(String kind, long id) {}
