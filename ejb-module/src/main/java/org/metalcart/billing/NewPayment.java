package org.metalcart.billing;

import java.math.BigDecimal;

/** A payment a gateway (or an admin) reports for an invoice. */
public record NewPayment(String gateway, String transactionId, BigDecimal amount) {}
