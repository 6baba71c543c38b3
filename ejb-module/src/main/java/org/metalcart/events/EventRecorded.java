package org.metalcart.events;

/**
 * An event was written to the event log, with its id, in the transaction that made it happen: what
 * follows the log (webhooks) observes this rather than the domain event itself.
 */
public record EventRecorded(RecordedEvent event) {}
