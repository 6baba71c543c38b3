/**
 * The nightly jobs through the API: start a run (or a dry run), restart an interrupted one, and
 * read a run's status, counts and per-service outcomes.
 */
package org.metalcart.api.jobs;
