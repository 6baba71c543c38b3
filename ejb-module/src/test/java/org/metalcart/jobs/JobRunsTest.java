package org.metalcart.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.platform.MigratedDatabase;
import org.metalcart.platform.SeedRows;
import org.metalcart.renewal.ExpiryRules;
import org.metalcart.shared.ConflictException;
import org.metalcart.shared.RecordedEvents;

/**
 * The records of job runs on both databases: one run of a job at a time under its lease, also
 * against a second instance; a dead run's lease taken over; one nightly run per night; a stable
 * partition plan; and the queries the jobs read services with.
 */
class JobRunsTest {

  private static final Instant NOW = Instant.parse("2026-03-20T03:00:00Z");

  private static MigratedDatabase open(String database) {
    Supplier<MigratedDatabase> db =
        database.equals("h2") ? MigratedDatabase::h2 : MigratedDatabase::postgres;
    MigratedDatabase migrated = db.get();
    migrated.run(
        em -> {
          SeedRows.clientPlanAndOrder(em, NOW);
          // Services 1..10: ACTIVE, odd ones overdue (due 1 March), even ones due in April;
          // service 3 is exempt until the end of March; service 11 is SUSPENDED.
          for (int id = 1; id <= 11; id++) {
            em.createNativeQuery(
                    "INSERT INTO \"metalcart\".service (id, order_id, client_id, product_id,"
                        + " billing_cycle, recurring_amount, hostname, status, next_due_date,"
                        + " auto_suspend_exempt_until, created_by, created_at, version)"
                        + " VALUES (?1, 1, 1, 1, 'MONTHLY', 10.00, 'h.example.com', ?2, ?3, ?4,"
                        + " 'a', ?5, 0)")
                .setParameter(1, id)
                .setParameter(2, id == 11 ? "SUSPENDED" : "ACTIVE")
                .setParameter(3, id % 2 == 1 ? LocalDate.of(2026, 3, 1) : LocalDate.of(2026, 4, 1))
                .setParameter(4, id == 3 ? LocalDate.of(2026, 3, 31) : null)
                .setParameter(5, NOW)
                .executeUpdate();
          }
        });
    return migrated;
  }

  /** The domain events the JobRuns of this test fired. */
  private static final RecordedEvents EVENTS = new RecordedEvents();

  /** A JobRuns as the container would have it, on {@code em}, at {@code now}. */
  private static JobRuns runs(EntityManager em, Instant now) {
    JobRuns runs = new JobRuns();
    runs.em = em;
    runs.events = EVENTS;
    runs.clock = Clock.fixed(now, ZoneOffset.UTC);
    runs.settings = new JobSettings();
    runs.settings.partitions = 3;
    runs.settings.leaseSeconds = 600;
    return runs;
  }

  private static <T> T at(MigratedDatabase db, Instant now, Function<JobRuns, T> work) {
    return db.inTransaction(em -> work.apply(runs(em, now)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aJobRunsOnceAtATimeAndADeadRunIsTakenOver(String database) {
    try (MigratedDatabase db = open(database)) {
      JobRun first =
          at(db, NOW, r -> r.begin(NightlyJob.EXPIRY_BLOCK, false, false, "a", null, "host-a/1"));
      at(db, NOW, r -> r.running(first.id(), 100, "host-a/1"));

      ConflictException busy =
          assertThrows(
              ConflictException.class,
              () ->
                  at(
                      db,
                      NOW.plusSeconds(60),
                      r -> r.begin(NightlyJob.EXPIRY_BLOCK, false, false, "b", null, "host-b/2")));
      assertTrue(busy.getMessage().contains("run " + first.id()), busy.getMessage());

      // Another job is not held up.
      at(db, NOW, r -> r.begin(NightlyJob.RENEWAL_INVOICES, true, false, "a", null, "host-a/3"));

      // host-a dies; once its lease has run out, a new run takes over.
      Instant later = NOW.plus(Duration.ofSeconds(601));
      JobRun second =
          at(db, later, r -> r.begin(NightlyJob.EXPIRY_BLOCK, false, false, "b", null, "host-b/2"));
      assertEquals(RunStatus.ABANDONED, at(db, later, r -> r.run(first.id()).status()));
      assertTrue(
          EVENTS.of(JobRunFinished.class).stream()
              .anyMatch(e -> e.runId() == first.id() && e.status() == RunStatus.ABANDONED),
          "the abandoned run's end is told");
      assertThrows(ConflictException.class, () -> at(db, later, r -> r.restartable(first.id())));

      at(
          db,
          later,
          r -> {
            r.end(second.id(), RunStatus.COMPLETED, null);
            return null;
          });
      assertTrue(
          EVENTS.of(JobRunFinished.class).stream()
              .anyMatch(
                  e ->
                      e.runId() == second.id()
                          && e.status() == RunStatus.COMPLETED
                          && e.job().equals("expiry-block")),
          "the run's end is told");
      at(db, later, r -> r.begin(NightlyJob.EXPIRY_BLOCK, false, false, "c", null, "host-c/4"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void eachNightRunsAJobOnce(String database) {
    try (MigratedDatabase db = open(database)) {
      LocalDate night = LocalDate.of(2026, 3, 20);
      JobRun nightly =
          at(db, NOW, r -> r.begin(NightlyJob.RELEASE_UNPAID, false, false, "s", night, "a/1"));
      at(
          db,
          NOW,
          r -> {
            r.end(nightly.id(), RunStatus.COMPLETED, null);
            return null;
          });
      assertThrows(
          ConflictException.class,
          () ->
              at(
                  db,
                  NOW.plusSeconds(5),
                  r -> r.begin(NightlyJob.RELEASE_UNPAID, false, false, "s", night, "b/2")));
      at(
          db,
          NOW,
          r -> r.begin(NightlyJob.RELEASE_UNPAID, false, false, "s", night.plusDays(1), "a/3"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void partitionsCoverEveryServiceOnceAndStayTheSameOnRestart(String database) {
    try (MigratedDatabase db = open(database)) {
      JobRun run =
          at(db, NOW, r -> r.begin(NightlyJob.EXPIRY_BLOCK, false, false, "a", null, "a/1"));
      List<JobPartition> plan = at(db, NOW, r -> r.partitions(run.id()));
      assertEquals(3, plan.size());
      assertEquals(1, plan.get(0).firstId());
      assertEquals(11, plan.get(2).lastId(), "every service, whatever its status: 1 to 11");

      List<Long> seen =
          at(
              db,
              NOW,
              r ->
                  plan.stream()
                      .flatMap(
                          p ->
                              r
                                  .snapshots(
                                      NightlyJob.EXPIRY_BLOCK, p.doneThrough(), p.lastId(), 100)
                                  .stream())
                      .map(ServiceSnapshot::id)
                      .toList());
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L), seen);

      at(
          db,
          NOW,
          r -> {
            r.examined(run.id(), 0, 3, 3);
            return null;
          });
      List<JobPartition> again = at(db, NOW, r -> r.partitions(run.id()));
      assertEquals(3, again.get(0).doneThrough());
      assertEquals(3, again.get(0).examined());
      assertEquals(plan.get(1).firstId(), again.get(1).firstId());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theSafetyCountUsesTheSameRulesAsTheJob(String database) {
    try (MigratedDatabase db = open(database)) {
      ExpiryRules rules = new ExpiryRules(NOW, ZoneOffset.UTC, 0, 14, c -> 14);
      // Overdue and ACTIVE: 1, 5, 7, 9 (3 is exempt); 10 active in all.
      assertEquals(4L, (long) at(db, NOW, r -> r.blockable(rules)));
      assertEquals(10L, (long) at(db, NOW, r -> r.active()));

      List<ServiceSnapshot> renewals =
          at(db, NOW, r -> r.snapshots(NightlyJob.RENEWAL_INVOICES, 0, 100, 100));
      assertEquals(11, renewals.size());
      assertTrue(renewals.stream().noneMatch(ServiceSnapshot::invoiced));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aRestartedInstanceTakesBackTheRunsOfItsEarlierLifeOnly(String database) {
    try (MigratedDatabase db = open(database)) {
      JobRun dead = started(db, NightlyJob.EXPIRY_BLOCK, "host-a/life-1", 1);
      JobRun live = started(db, NightlyJob.RELEASE_UNPAID, "host-a/life-2", 2);
      started(db, NightlyJob.RENEWAL_INVOICES, "host-b/life-9", 3);

      List<Long> released =
          at(
              db,
              NOW.plusSeconds(30),
              r -> r.releaseLeasesOf("host-a", "host-a/life-2").stream().map(JobRun::id).toList());
      assertEquals(List.of(dead.id()), released);
      assertEquals(dead.id(), at(db, NOW.plusSeconds(31), r -> r.restartable(dead.id()).id()));
      assertThrows(
          ConflictException.class,
          () -> at(db, NOW.plusSeconds(31), r -> r.restartable(live.id())));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void aSurvivorClaimsTheRunsOfADeadInstanceOnceTheirLeaseRanOut(String database) {
    try (MigratedDatabase db = open(database)) {
      JobRun dead = started(db, NightlyJob.EXPIRY_BLOCK, "host-a/life-1", 1);
      JobRun own = started(db, NightlyJob.RELEASE_UNPAID, "host-b/life-2", 2);

      // Within the lease nobody takes anything: host-a may only be slow.
      assertEquals(
          List.of(),
          at(db, NOW.plusSeconds(599), r -> r.claimAbandoned("host-b", "host-b/life-2")));

      Instant later = NOW.plusSeconds(601);
      List<Long> claimed =
          at(
              db,
              later,
              r -> r.claimAbandoned("host-b", "host-b/life-2").stream().map(JobRun::id).toList());
      assertEquals(List.of(dead.id()), claimed, "host-b's own run is not its to take over");
      // A third instance looking right after finds it claimed; host-b's own run (not renewed in
      // this test either) is the one left for host-c.
      assertEquals(
          List.of(own.id()),
          at(
              db,
              later,
              r -> r.claimAbandoned("host-c", "host-c/life-3").stream().map(JobRun::id).toList()));
      assertThrows(ConflictException.class, () -> at(db, later, r -> r.restartable(dead.id())));
      // The claimant's batch execution takes it; another's is refused.
      assertThrows(
          ConflictException.class, () -> at(db, later, r -> r.running(dead.id(), 4, "host-c/x")));
      JobRun resumed = at(db, later, r -> r.running(dead.id(), 3, "host-b/life-2"));
      assertEquals(RunStatus.RUNNING, resumed.status());
      assertEquals("host-b/life-2", resumed.leaseHolder());
    }
  }

  private static JobRun started(
      MigratedDatabase db, NightlyJob job, String holder, long execution) {
    JobRun run = at(db, NOW, r -> r.begin(job, false, false, "a", null, holder));
    return at(db, NOW, r -> r.running(run.id(), execution, holder));
  }
}
