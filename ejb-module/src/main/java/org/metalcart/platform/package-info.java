/**
 * What the business core needs from the platform and nothing else: the schema migration at
 * start-up, the JTA bridge that lets the bundled Hibernate run on Payara and WildFly alike, the
 * clock, and paging over JPA queries.
 */
package org.metalcart.platform;
