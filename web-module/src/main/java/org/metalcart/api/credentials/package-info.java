/** {@code /api/v1/credentials}: API credentials for shopping carts and further admins. */
package org.metalcart.api.credentials;
