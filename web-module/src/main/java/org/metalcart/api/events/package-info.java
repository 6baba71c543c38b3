/**
 * The event feed through the API: what happened (orders placed, invoices issued and paid, service
 * status changes, module commands ended, job runs ended), after a cursor, for carts that cannot
 * receive webhooks.
 */
package org.metalcart.api.events;
