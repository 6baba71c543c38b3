package org.metalcart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metalcart.catalog.AutoSetup;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.ModuleSettings;
import org.metalcart.catalog.Price;
import org.metalcart.catalog.Product;
import org.metalcart.clients.Client;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The entities against the schema the Flyway migrations build (validated when it opens), on each
 * database Metalcart runs on: the same migration files serve both.
 */
abstract class PersistenceMappingContract {

  private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

  private final MigratedDatabase db = database();

  abstract MigratedDatabase database();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void productKeepsEverySettingAndItsPricesInOrder() {
    ModuleSettings settings =
        ModuleSettings.forPackage("E-2146G-64Gb", "Debian 12")
            .recipe("docker")
            .dontWaitOsInstall(true)
            .ipv4Count(2)
            .ipv6Count(1)
            .ipPool("pool-b")
            .domainTemplate("@ID@.example.net")
            .autoSetup(AutoSetup.ON_ACCEPT)
            .build();
    List<Price> prices =
        List.of(
            new Price(BillingCycle.ANNUALLY, new BigDecimal("960.00"), new BigDecimal("0.00")),
            new Price(BillingCycle.MONTHLY, new BigDecimal("89.99"), new BigDecimal("49.50")));
    long id =
        db.inTransaction(
            em -> {
              Product p = Product.dedicatedServer("E-2146G", "64 GB", "EUR", settings, prices, NOW);
              em.persist(p);
              return p.id();
            });

    Product read = db.inTransaction(em -> initialized(em.find(Product.class, id)));

    assertEquals("E-2146G", read.name());
    assertEquals("64 GB", read.description());
    assertEquals("EUR", read.currency());
    assertEquals(NOW, read.createdAt());
    ModuleSettings m = read.moduleSettings();
    assertEquals("E-2146G-64Gb", m.packageName());
    assertEquals("Debian 12", m.osTemplate());
    assertEquals("docker", m.recipe());
    assertTrue(m.dontWaitOsInstall());
    assertEquals(2, m.ipv4Count());
    assertEquals(1, m.ipv6Count());
    assertEquals("pool-b", m.ipPool());
    assertEquals("@ID@.example.net", m.domainTemplate());
    assertEquals(AutoSetup.ON_ACCEPT, m.autoSetup());
    assertEquals(
        List.of(BillingCycle.ANNUALLY, BillingCycle.MONTHLY),
        read.prices().stream().map(Price::cycle).toList());
    assertEquals(new BigDecimal("89.99"), read.prices().get(1).amount());
    assertEquals(new BigDecimal("49.50"), read.prices().get(1).setupFee());
  }

  @Test
  void optionalSettingsStayEmpty() {
    long id =
        db.inTransaction(
            em -> {
              Product p =
                  Product.dedicatedServer(
                      "Plain",
                      null,
                      "USD",
                      ModuleSettings.forPackage("X", "Debian 12").build(),
                      List.of(new Price(BillingCycle.FREE, BigDecimal.ZERO, null)),
                      NOW);
              em.persist(p);
              return p.id();
            });
    Product read = db.inTransaction(em -> initialized(em.find(Product.class, id)));
    assertNull(read.moduleSettings().recipe());
    assertNull(read.moduleSettings().domainTemplate());
    assertFalse(read.moduleSettings().dontWaitOsInstall());
  }

  @Test
  void aDuplicateUsernameThatSlipsPastTheLookUpIsAConflict() {
    db.run(em -> em.persist(client("alice", "alice@example.com")));

    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () ->
                db.run(
                    em ->
                        UniqueConstraints.persistUnique(
                            em,
                            client("alice", "other@example.com"),
                            false, // as if a concurrent registration had passed the look-up
                            () -> new ConflictException("taken", "username"))));
    assertEquals("username", conflict.field());
  }

  @Test
  void pagesCountTheWholeList() {
    db.run(
        em -> {
          for (int i = 0; i < 5; i++) {
            em.persist(client("user" + i, "user" + i + "@example.com"));
          }
        });

    assertEquals(List.of("user0", "user1"), usernames(page(0, 2)));
    assertEquals(5, page(0, 2).total());
    assertEquals(List.of("user4"), usernames(page(4, 2)));
    assertEquals(5, page(4, 2).total());
    assertEquals(List.of(), usernames(page(10, 2)));
    assertEquals(5, page(10, 2).total());
    assertEquals(5, page(0, 50).total());
  }

  private Page<Client> page(int offset, int limit) {
    return db.inTransaction(
        em ->
            JpaPages.page(
                em.createNamedQuery("Client.matching", Client.class)
                    .setParameter("createdBy", null)
                    .setParameter("username", null),
                em.createNamedQuery("Client.countMatching", Long.class)
                    .setParameter("createdBy", null)
                    .setParameter("username", null),
                new PageRequest(offset, limit)));
  }

  private static List<String> usernames(Page<Client> page) {
    return page.items().stream().map(Client::username).toList();
  }

  private static Client client(String username, String email) {
    return Client.register(username, email, "Test Client", "test", NOW);
  }

  private static Product initialized(Product product) {
    product.prices().size();
    return product;
  }
}
