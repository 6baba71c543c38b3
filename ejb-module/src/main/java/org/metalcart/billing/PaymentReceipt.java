package org.metalcart.billing;

/** The payment recorded; {@code duplicate} when the transaction had been recorded before. */
public record PaymentReceipt(Payment payment, boolean duplicate) {}
