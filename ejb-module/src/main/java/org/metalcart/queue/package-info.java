/**
 * The durable work queue every kind of background work shares: module tasks, e-mails to send,
 * webhook deliveries. The database is the queue. A piece of work is a row of an entity that extends
 * {@link org.metalcart.queue.QueuedWork}: due at a time, taken by a worker under a lease, given
 * back on a failure with a backoff, resumed by another worker when its lease runs out (its worker
 * or the whole instance died). {@link org.metalcart.queue.WorkQueue} is the one place that queries
 * and claims such rows, {@link org.metalcart.queue.WorkScanner} looks for due work of every kind,
 * and {@link org.metalcart.queue.WorkDispatcher} runs it on container threads, right after the
 * transaction that queued it commits. A kind of work joins by being a {@link
 * org.metalcart.queue.QueueWorker}.
 */
package org.metalcart.queue;
