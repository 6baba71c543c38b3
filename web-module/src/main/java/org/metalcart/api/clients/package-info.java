/** {@code /api/v1/clients}: registering and finding clients. */
package org.metalcart.api.clients;
