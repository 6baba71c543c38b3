package org.metalcart.platform;

import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * The rows most persistence tests hang their own on: client 1, plan 1 and order 1, written with
 * plain SQL so that a test of one table does not depend on the mappings of the others.
 */
public final class SeedRows {

  private SeedRows() {}

  public static void clientPlanAndOrder(EntityManager em, Instant at) {
    em.createNativeQuery(
            "INSERT INTO \"metalcart\".client VALUES (1, 'c', 'c@example.com', 'C', 'a', ?1, 0)")
        .setParameter(1, at)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO \"metalcart\".product (id, name, type, description, currency,"
                + " package_name, os_template, recipe, dont_wait_os_install, ipv4_count,"
                + " ipv6_count, ip_pool, domain_template, auto_setup, created_at, version)"
                + " VALUES (1, 'P', 'DEDICATED_SERVER', NULL, 'USD',"
                + " 'cfg', 'Debian 12', NULL, FALSE, 0, 0, 'public', NULL, 'ON_PAYMENT', ?1, 0)")
        .setParameter(1, at)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO \"metalcart\".customer_order VALUES"
                + " (1, '1234567890', 1, 'PENDING', 'a', ?1, NULL, NULL, 0)")
        .setParameter(1, at)
        .executeUpdate();
  }
}
