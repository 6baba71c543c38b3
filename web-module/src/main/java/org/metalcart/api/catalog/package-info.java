/** {@code /api/v1/products}: tariff plans with their module settings and prices. */
package org.metalcart.api.catalog;
