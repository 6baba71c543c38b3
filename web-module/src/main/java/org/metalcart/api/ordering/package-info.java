/** The orders API: placing (with Idempotency-Key), reading, accepting, cancelling orders. */
package org.metalcart.api.ordering;
