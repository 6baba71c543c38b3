/**
 * The nightly Jakarta Batch jobs (renewal invoices, expiry blocking, release of unpaid servers):
 * job XMLs under {@code META-INF/batch-jobs/} and {@code @Dependent @Named} artifacts that call the
 * business core's services. The jobs themselves arrive with the renewal and expiry work; the module
 * is in place now so that the EAR and the flat WAR already have their final shape.
 */
package org.metalcart.batch;
