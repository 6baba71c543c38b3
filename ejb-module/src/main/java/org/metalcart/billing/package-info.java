/**
 * Money: {@link org.metalcart.billing.Invoice}s (the first period of an order, later renewals) and
 * the {@link org.metalcart.billing.Payment}s received against them, recorded once per gateway
 * transaction. {@link org.metalcart.billing.Billing} is the transaction boundary; paying an invoice
 * fires {@link org.metalcart.billing.InvoicePaid}, on which the order and provisioning act in the
 * same transaction.
 */
package org.metalcart.billing;
