/**
 * Renewal and expiry: {@link org.metalcart.renewal.ExpiryRules} says, as of one instant, when a
 * renewal is invoiced, a service blocked and its server released; {@link
 * org.metalcart.renewal.Renewals} issues renewal invoices and applies a paid one (the due date one
 * cycle on from the old one, once; a block for non-payment lifted).
 */
package org.metalcart.renewal;
