/**
 * MicroProfile Health: liveness (the application is not wedged) and readiness (the database answers
 * and its schema is migrated), served by the runtime at {@code /health/live} and {@code
 * /health/ready}.
 */
package org.metalcart.api.health;
