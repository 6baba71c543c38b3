package org.metalcart.ordering;

import java.util.List;
import org.metalcart.billing.Invoice;
import org.metalcart.services.Service;

/**
 * An order with what it brought about: its services (one per item) and its first invoice. {@code
 * replayed} when an Idempotency-Key found the order placed before.
 */
public record PlacedOrder(
    CustomerOrder order, List<Service> services, Invoice invoice, boolean replayed) {}
