/**
 * MicroProfile Health: liveness (the application is not wedged) and readiness (the database answers
 * and Metalcart's schema migrations all succeeded), served by the runtime at {@code /health/live}
 * and {@code /health/ready} (on WildFly, on its management port).
 */
package org.metalcart.health;
