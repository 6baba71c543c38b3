/**
 * What happened, kept: every domain event the capabilities fire is written to the event log in the
 * transaction that fired it ({@link org.metalcart.events.EventLog}), so it commits with what it
 * tells of, or not at all. The log is the feed carts read ({@link org.metalcart.events.EventFeed})
 * and the source the outgoing integrations (e-mail, webhooks) will work from.
 */
package org.metalcart.events;
