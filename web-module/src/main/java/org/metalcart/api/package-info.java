/**
 * The public API, JSON over HTTP under {@code /api/v1}. Resources are thin: they translate a
 * validated transfer object, call one method of a business-core service, and translate the answer.
 * Sub-packages follow the business capabilities; {@code problem}, {@code security}, {@code
 * validation} and {@code health} serve them all.
 */
package org.metalcart.api;
