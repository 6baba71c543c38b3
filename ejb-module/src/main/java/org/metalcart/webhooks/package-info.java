/**
 * Signed webhooks: what happened, pushed to the endpoints carts registered. {@link
 * org.metalcart.webhooks.Webhooks} is the door (endpoints, deliveries, redelivery). Each recorded
 * domain event fans out, in its own transaction, to one {@link
 * org.metalcart.webhooks.WebhookDelivery} per subscribed endpoint that may see it; the work queue
 * sends it after the commit, signed as Stripe signs ({@code t=timestamp,v1=HMAC-SHA256(secret,
 * "t.body")}), retried with backoff for more than a day, each attempt kept ({@link
 * org.metalcart.webhooks.WebhookAttempt}). {@link org.metalcart.webhooks.Destinations} keeps
 * deliveries off loopback and private networks unless configured.
 */
package org.metalcart.webhooks;
