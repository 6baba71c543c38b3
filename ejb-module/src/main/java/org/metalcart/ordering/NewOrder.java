package org.metalcart.ordering;

import java.util.List;

/**
 * An order as a client (through the console or a cart) places it. {@code idempotencyKey} and {@code
 * requestDigest} come from the API: the same key with the same request is the same order.
 */
public record NewOrder(
    long clientId, List<NewOrderItem> items, String idempotencyKey, String requestDigest) {}
