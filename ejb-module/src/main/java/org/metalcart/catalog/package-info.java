/**
 * What Metalcart sells: tariff plans ({@link org.metalcart.catalog.Product}) of type Dedicated
 * Server, with the module settings that tell provisioning which DCImanager servers fit the plan and
 * how to install them, and a price per billing cycle. {@link org.metalcart.catalog.Catalog} is the
 * transaction boundary.
 */
package org.metalcart.catalog;
