/** Webhook endpoints, their deliveries and attempts, redelivery. */
package org.metalcart.api.webhooks;
