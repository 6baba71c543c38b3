package org.metalcart.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.ModuleSettings;
import org.metalcart.catalog.Price;
import org.metalcart.catalog.Product;
import org.metalcart.catalog.ProductChange;
import org.metalcart.clients.Client;
import org.metalcart.clients.ClientChange;
import org.metalcart.platform.MigratedDatabase;
import org.metalcart.security.ApiRole;
import org.metalcart.security.StaffAccount;
import org.metalcart.shared.Page;
import org.metalcart.shared.PageRequest;

/**
 * The audit trail as Hibernate writes it, on each database Metalcart runs on: what a request of an
 * identified actor changes is recorded with its values before and after, in the transaction of the
 * change; nothing else is; secrets never; and no entry can be changed or removed.
 */
abstract class AuditTrailContract {

  static final Instant NOW = Instant.parse("2026-12-04T17:00:00Z");

  final MigratedDatabase db = database();

  abstract MigratedDatabase database();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aRequestOfStaffRecordsWhatItCreatedAndChangedWithTheValuesBeforeAndAfter() {
    long clientId;
    try (AuditScope scope = staffRequest("POST /api/v1/clients")) {
      scope.describe("addClient");
      clientId =
          db.inTransaction(
              em -> {
                Client client = Client.register("alice", "alice@example.com", "Alice", "op", NOW);
                em.persist(client);
                return client.id();
              });
    }
    try (AuditScope scope = staffRequest("PATCH /api/v1/clients/" + clientId)) {
      db.run(em -> em.find(Client.class, clientId).change(new ClientChange("a@example.org", null)));
    }

    List<AuditEntry> entries = all();
    assertEquals(2, entries.size(), () -> describe(entries));
    AuditEntry changed = entries.get(0);
    assertEquals(AuditChange.CHANGED, changed.change());
    assertEquals("Client", changed.subject());
    assertEquals(Long.toString(clientId), changed.subjectId());
    assertEquals("{\"email\":\"alice@example.com\"}", changed.before());
    assertEquals("{\"email\":\"a@example.org\"}", changed.after());
    assertEquals("op1", changed.actor());
    assertEquals(ActorKind.STAFF, changed.actorKind());
    assertEquals("SUPPORT", changed.role());
    assertEquals("192.0.2.7", changed.address());
    assertEquals(Channel.CONSOLE, changed.channel());
    assertEquals("PATCH /api/v1/clients/" + clientId, changed.action());
    assertEquals(NOW, changed.occurredAt());

    AuditEntry created = entries.get(1);
    assertEquals(AuditChange.CREATED, created.change());
    assertEquals("addClient", created.action());
    assertEquals("POST /api/v1/clients", created.request());
    assertNull(created.before());
    assertTrue(created.after().contains("\"username\":\"alice\""), created.after());
    assertTrue(created.after().contains("\"email\":\"alice@example.com\""), created.after());
    assertFalse(created.requestId().equals(changed.requestId()));
  }

  @Test
  void embeddedSettingsAndCollectionsAreRecordedFieldByField() {
    long id;
    try (AuditScope scope = staffRequest("POST /api/v1/products")) {
      id =
          db.inTransaction(
              em -> {
                Product product =
                    Product.dedicatedServer(
                        "E-2146G",
                        null,
                        "EUR",
                        ModuleSettings.forPackage("E-2146G-64Gb", "Debian 12").build(),
                        List.of(new Price(BillingCycle.MONTHLY, new BigDecimal("89.99"), null)),
                        NOW);
                em.persist(product);
                return product.id();
              });
    }
    try (AuditScope scope = staffRequest("PATCH /api/v1/products/" + id)) {
      db.run(
          em ->
              em.find(Product.class, id)
                  .change(
                      new ProductChange(
                          null,
                          null,
                          ModuleSettings.forPackage("E-2146G-64Gb", "Debian 13").build(),
                          List.of(new Price(BillingCycle.MONTHLY, new BigDecimal("79.99"), null)),
                          null,
                          null)));
    }

    AuditEntry changed = all().get(0);
    assertEquals(AuditChange.CHANGED, changed.change());
    assertTrue(changed.before().contains("\"osTemplate\":\"Debian 12\""), () -> describe(all()));
    assertTrue(changed.after().contains("\"osTemplate\":\"Debian 13\""), changed.after());
    assertTrue(changed.before().contains("\"amount\":89.99"), changed.before());
    assertTrue(changed.after().contains("\"amount\":79.99"), changed.after());
    assertFalse(changed.after().contains("\"name\""), "unchanged fields are left out");
  }

  @Test
  void secretsAreRecordedAsChangedButNeverWithTheirValue() throws Exception {
    long id;
    try (AuditScope scope = staffRequest("POST /api/v1/staff-accounts")) {
      id = db.inTransaction(em -> persistStaffAccount(em, "bob", "HASH-OF-THE-FIRST-PASSWORD"));
    }
    try (AuditScope scope = staffRequest("PATCH /api/v1/staff-accounts/bob")) {
      db.run(em -> changePassword(em.find(StaffAccount.class, id), "HASH-OF-THE-SECOND-ONE"));
    }

    List<AuditEntry> entries = all();
    assertEquals(2, entries.size(), () -> describe(entries));
    for (AuditEntry entry : entries) {
      String text = entry.before() + entry.after();
      assertFalse(text.contains("HASH-OF"), text);
    }
    assertEquals("{\"passwordHash\":\"(redacted)\",\"sessionEpoch\":0}", entries.get(0).before());
    assertEquals("{\"passwordHash\":\"(redacted)\",\"sessionEpoch\":1}", entries.get(0).after());
    assertTrue(entries.get(1).after().contains("\"passwordHash\":\"(redacted)\""));
    assertTrue(entries.get(1).after().contains("\"totpSecret\":null"));
  }

  @Test
  void nothingIsRecordedWithoutAnIdentifiedRequest() {
    db.run(em -> em.persist(Client.register("timer", "t@example.com", "T", "system", NOW)));
    try (AuditScope anonymous =
        AuditScope.begin(NOW, Channel.API, "192.0.2.9", "POST /api/v1/anything")) {
      db.run(em -> em.persist(Client.register("anon", "a@example.com", "A", "system", NOW)));
    }

    assertEquals(List.of(), all());
  }

  @Test
  void aPerformedActionIsRecordedWithItsDetails() {
    try (AuditScope scope = staffRequest("POST /console/runs.xhtml")) {
      scope.describe("console runs.xhtml start");
      db.run(
          em -> {
            AuditTrail trail = new AuditTrail();
            trail.em = em;
            trail.record("NightlyJob", "expiry-block", java.util.Map.of("job", "expiry-block"));
          });
    }
    AuditEntry performed = all().get(0);
    assertEquals(AuditChange.PERFORMED, performed.change());
    assertEquals("NightlyJob", performed.subject());
    assertEquals("expiry-block", performed.subjectId());
    assertEquals("{\"job\":\"expiry-block\"}", performed.after());
    assertEquals("console runs.xhtml start", performed.action());
  }

  @Test
  void entriesCannotBeChangedOrRemovedThroughTheApplication() {
    try (AuditScope scope = staffRequest("POST /api/v1/clients")) {
      db.run(em -> em.persist(Client.register("carol", "c@example.com", "C", "op", NOW)));
    }
    long id = all().get(0).id();

    for (String change :
        List.of(
            "delete from AuditEntry",
            "delete from AuditEntry a where a.id = " + id,
            "update AuditEntry a set a.actor = 'nobody'")) {
      assertThrows(
          RuntimeException.class,
          () -> db.run(em -> em.createQuery(change).executeUpdate()),
          change);
    }
    for (String sql :
        List.of(
            "UPDATE \"metalcart\".audit_entry SET actor = 'nobody'",
            "delete from metalcart.audit_entry",
            "  DELETE\n FROM \"metalcart\".\"audit_entry\" WHERE id = " + id,
            "TRUNCATE TABLE \"metalcart\".audit_entry")) {
      assertThrows(
          RuntimeException.class,
          () -> db.run(em -> em.createNativeQuery(sql).executeUpdate()),
          sql);
    }
    assertThrows(
        RuntimeException.class, () -> db.run(em -> em.remove(em.find(AuditEntry.class, id))));
    db.run(
        em -> {
          AuditEntry loaded = em.find(AuditEntry.class, id);
          setField(loaded, "actor", "nobody");
        });

    List<AuditEntry> left = all();
    assertEquals(1, left.size());
    assertEquals("op1", left.get(0).actor());
  }

  @Test
  void searchesFilterAndRunNewestFirst() {
    for (String name : List.of("dave", "erin", "frank")) {
      try (AuditScope scope = staffRequest("POST /api/v1/clients")) {
        scope.describe(name.equals("erin") ? "WHMCS AddClient" : "addClient");
        db.run(em -> em.persist(Client.register(name, name + "@example.com", name, "op", NOW)));
      }
    }
    Page<AuditEntry> whmcs =
        db.inTransaction(
            em -> {
              AuditTrail trail = new AuditTrail();
              trail.em = em;
              return trail.search(
                  new AuditSearch(
                      "op1",
                      null,
                      "Client",
                      null,
                      "whmcs",
                      AuditChange.CREATED,
                      null,
                      NOW,
                      NOW.plusSeconds(1)),
                  new PageRequest(0, 10));
            });
    assertEquals(1, whmcs.total());
    assertTrue(whmcs.items().get(0).after().contains("erin"));
    Page<AuditEntry> later =
        db.inTransaction(
            em -> {
              AuditTrail trail = new AuditTrail();
              trail.em = em;
              return trail.search(
                  new AuditSearch(
                      null, null, null, null, null, null, null, NOW.plusSeconds(1), null),
                  new PageRequest(0, 10));
            });
    assertEquals(0, later.total());
  }

  static AuditScope staffRequest(String request) {
    AuditScope scope = AuditScope.begin(NOW, Channel.CONSOLE, "192.0.2.7", request);
    scope.identify("op1", ActorKind.STAFF, "SUPPORT");
    return scope;
  }

  List<AuditEntry> all() {
    return db.inTransaction(
        em -> {
          AuditTrail trail = new AuditTrail();
          trail.em = em;
          return trail.search(AuditSearch.everything(), new PageRequest(0, 100)).items();
        });
  }

  static String describe(List<AuditEntry> entries) {
    StringBuilder text = new StringBuilder();
    for (AuditEntry e : entries) {
      text.append(e.change())
          .append(' ')
          .append(e.subject())
          .append(' ')
          .append(e.before())
          .append(" -> ")
          .append(e.after())
          .append('\n');
    }
    return text.toString();
  }

  private static void setField(Object target, String name, Object value) {
    try {
      java.lang.reflect.Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long persistStaffAccount(EntityManager em, String username, String hash) {
    try {
      Constructor<StaffAccount> create =
          StaffAccount.class.getDeclaredConstructor(
              String.class, String.class, String.class, ApiRole.class, Instant.class);
      create.setAccessible(true);
      StaffAccount account = create.newInstance(username, hash, username, ApiRole.SUPPORT, NOW);
      em.persist(account);
      em.flush();
      return account.id();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Void changePassword(StaffAccount account, String hash) {
    try {
      Method change = StaffAccount.class.getDeclaredMethod("changePassword", String.class);
      change.setAccessible(true);
      change.invoke(account, hash);
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
