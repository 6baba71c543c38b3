package org.metalcart.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.platform.MigratedDatabase;
import org.metalcart.platform.SeedRows;
import org.metalcart.queue.WorkQueue;

/**
 * The work queue's queries on module tasks (which tasks are due, who may claim one) on both
 * databases: a task is worked by one lease holder at a time, and a command that replaces a running
 * one waits until the old lease has run out.
 */
class ModuleTaskQueueTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(120);

  private static MigratedDatabase open(String database) {
    Supplier<MigratedDatabase> db =
        database.equals("h2") ? MigratedDatabase::h2 : MigratedDatabase::postgres;
    MigratedDatabase migrated = db.get();
    migrated.run(
        em -> {
          // The rows a task hangs on: a client, a plan, an order and its service.
          SeedRows.clientPlanAndOrder(em, NOW);
          em.createNativeQuery(
                  "INSERT INTO \"metalcart\".service (id, order_id, client_id, product_id,"
                      + " billing_cycle, recurring_amount, hostname, status, next_due_date,"
                      + " created_by, created_at, version) VALUES (7, 1, 1, 1, 'MONTHLY', 1.00,"
                      + " 'h.example.com', 'PENDING', DATE '2026-12-22', 'a', ?1, 0)")
              .setParameter(1, NOW)
              .executeUpdate();
        });
    return migrated;
  }

  private static WorkQueue queue(EntityManager em, Instant at) {
    return new WorkQueue(em, Clock.fixed(at, ZoneOffset.UTC));
  }

  private static List<Long> due(EntityManager em, Instant at) {
    return queue(em, at).due(ModuleTask.class, 100);
  }

  private static int claim(EntityManager em, String holder, Instant at) {
    return queue(em, at).claim(ModuleTask.class, 7L, holder, LEASE) ? 1 : 0;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aTaskIsClaimedByOneHolderUntilItsLeaseRunsOut(String database) {
    try (MigratedDatabase db = open(database)) {
      db.run(em -> em.persist(new ModuleTask(7, ModuleCommand.CREATE, "ACCOUNT", null, "a", NOW)));

      assertEquals(List.of(7L), db.inTransaction(em -> due(em, NOW)));
      assertEquals(1, (int) db.inTransaction(em -> claim(em, "worker-1", NOW)));
      assertEquals(0, (int) db.inTransaction(em -> claim(em, "worker-2", NOW.plusSeconds(1))));
      assertEquals(List.of(), db.inTransaction(em -> due(em, NOW.plusSeconds(119))));

      Instant afterCrash = NOW.plus(LEASE).plusSeconds(1);
      assertEquals(List.of(7L), db.inTransaction(em -> due(em, afterCrash)));
      assertEquals(1, (int) db.inTransaction(em -> claim(em, "worker-2", afterCrash)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aCommandReplacingARunningOneWaitsForTheOldLease(String database) {
    try (MigratedDatabase db = open(database)) {
      db.run(
          em -> {
            ModuleTask create = new ModuleTask(7, ModuleCommand.CREATE, "SERVER", null, "a", NOW);
            create.lease("worker-1", NOW, LEASE);
            em.persist(create);
          });
      db.run(
          em ->
              em.find(ModuleTask.class, 7L)
                  .replaceBy(ModuleCommand.TERMINATE, "CANCELLED", "admin", NOW.plusSeconds(5)));

      ModuleTask replaced = db.inTransaction(em -> em.find(ModuleTask.class, 7L));
      assertEquals(ModuleCommand.TERMINATE, replaced.command());
      assertEquals(false, replaced.heldBy("worker-1", NOW.plusSeconds(6)), "worker-1 lost it");
      assertEquals(List.of(), db.inTransaction(em -> due(em, NOW.plusSeconds(6))));
      assertEquals(0, (int) db.inTransaction(em -> claim(em, "worker-2", NOW.plusSeconds(6))));
      assertEquals(List.of(7L), db.inTransaction(em -> due(em, NOW.plus(LEASE).plusSeconds(1))));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRestartedInstanceTakesBackItsOwnLeasesAndNoOtherInstances(String database) {
    try (MigratedDatabase db = open(database)) {
      db.run(
          em -> {
            ModuleTask task = new ModuleTask(7, ModuleCommand.CREATE, "SERVER", null, "a", NOW);
            task.lease("host-b/41ab", NOW, LEASE);
            em.persist(task);
          });
      int released =
          db.inTransaction(em -> queue(em, NOW).releaseLeasesOf(ModuleTask.class, "host-a"));
      assertEquals(0, released, "another instance's lease stays");
      assertEquals(List.of(), db.inTransaction(em -> due(em, NOW.plusSeconds(1))));

      released = db.inTransaction(em -> queue(em, NOW).releaseLeasesOf(ModuleTask.class, "host-b"));
      assertEquals(1, released);
      assertEquals(List.of(7L), db.inTransaction(em -> due(em, NOW.plusSeconds(1))));
    }
  }
}
