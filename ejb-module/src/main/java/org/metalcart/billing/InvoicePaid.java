package org.metalcart.billing;

/**
 * An invoice was paid, in the transaction that recorded the payment: observers (the order, its
 * provisioning; later the renewal) act in that same transaction, so a payment and its effects
 * commit together or not at all.
 */
public record InvoicePaid(long invoiceId, Long orderId, InvoiceKind kind, String actor) {}
