/**
 * The instance's figures for a monitoring system: Metalcart's business counters and timers and the
 * JVM's memory and threads, in Prometheus' text format, behind an API credential with the role
 * monitoring (or admin). The server's own metrics endpoint is closed by the server configuration.
 */
package org.metalcart.api.monitoring;
