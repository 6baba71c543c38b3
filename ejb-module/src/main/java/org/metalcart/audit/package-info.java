/**
 * The audit trail: who changed what, when and from where. Every state-changing request of a member
 * of staff (console) or an API credential (REST and WHMCS-compatible API) runs in an {@link
 * org.metalcart.audit.AuditScope} that names the actor, the address and the action; every entity
 * the request inserts, changes or removes is then recorded as an {@link
 * org.metalcart.audit.AuditEntry} with its values before and after, in the same transaction as the
 * change itself (Hibernate's post-insert/update/delete events, {@code AuditRecorder}). A change
 * without a database row of its own (a job started by hand) is recorded through {@link
 * org.metalcart.audit.AuditTrail#record}.
 *
 * <p>The trail is append-only: the entity is immutable, nothing in the application updates or
 * deletes it, and on PostgreSQL a trigger refuses UPDATE and DELETE on its table. Secrets never
 * enter it: fields marked {@link org.metalcart.audit.Redacted} are recorded as changed, never with
 * their value.
 *
 * <p>The capability knows no other: it learns the shape of an entity from Hibernate's metadata, not
 * from the entity's class.
 */
package org.metalcart.audit;
