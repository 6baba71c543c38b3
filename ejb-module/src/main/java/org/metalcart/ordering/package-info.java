/**
 * Orders ({@link org.metalcart.ordering.CustomerOrder}): placing them with their services and first
 * invoice, accepting them with "Run Module Create", cancelling them or marking them as fraud, and
 * starting provisioning when their invoice is paid. {@link org.metalcart.ordering.Ordering} is the
 * transaction boundary.
 */
package org.metalcart.ordering;
