package org.metalcart.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.metalcart.platform.MigratedDatabase;
import org.metalcart.platform.SeedRows;
import org.metalcart.queue.WorkQueue;

/**
 * What a crash in the middle of sending leaves behind, on both databases: the taking of an e-mail
 * records that an attempt began, so the next taker knows the previous one was cut off after it may
 * have reached the mail server. It then sends it again, saying so in the log, or holds it for staff
 * (never sent twice), as configured. An attempt that ended with an answer leaves no such mark.
 */
class InterruptedSendTest {

  private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  private static MigratedDatabase open(String database) {
    Supplier<MigratedDatabase> db =
        database.equals("h2") ? MigratedDatabase::h2 : MigratedDatabase::postgres;
    MigratedDatabase migrated = db.get();
    migrated.run(
        em -> {
          SeedRows.clientPlanAndOrder(em, NOW);
          em.persist(
              new OutgoingMail(
                  new Mail("welcome", "service", 7, "ops@acme.example", "Ready", "Dear ACME"),
                  "service.status_changed",
                  1L,
                  "shop",
                  NOW,
                  NOW));
        });
    return migrated;
  }

  private static MailQueue queue(EntityManager em, Instant at, String policy) {
    MailQueue queue = new MailQueue();
    queue.em = em;
    queue.clock = Clock.fixed(at, ZoneOffset.UTC);
    queue.queue = new WorkQueue(em, queue.clock);
    queue.settings = new MailSettings();
    queue.settings.leaseSeconds = 120;
    queue.settings.afterInterruptedSend = policy;
    queue.settings.maxAttempts = 20;
    return queue;
  }

  private static long mailId(MigratedDatabase db) {
    return db.inTransaction(
        em -> em.createQuery("select m.id from OutgoingMail m", Long.class).getSingleResult());
  }

  private static Optional<OutgoingMail> take(
      MigratedDatabase db, long id, String holder, Instant at, String policy) {
    return db.inTransaction(em -> queue(em, at, policy).take(id, holder));
  }

  /** The instance that held the lease comes back and gives its leases up (WorkScanner's start). */
  private static void restart(MigratedDatabase db, String instance) {
    db.run(
        em ->
            new WorkQueue(em, Clock.fixed(NOW, ZoneOffset.UTC))
                .releaseLeasesOf(OutgoingMail.class, instance));
  }

  private static OutgoingMail read(MigratedDatabase db, long id) {
    return db.inTransaction(em -> em.find(OutgoingMail.class, id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anAttemptCutOffByACrashIsSentAgainWithANoteWhenThePolicyIsResend(String database) {
    try (MigratedDatabase db = open(database)) {
      long id = mailId(db);
      assertTrue(take(db, id, "node-a/1", NOW, "resend").isPresent());
      // kill -9 here: neither sent nor failed was recorded.
      restart(db, "node-a");

      OutgoingMail again = take(db, id, "node-a/2", NOW.plusSeconds(5), "resend").orElseThrow();
      assertTrue(
          again.lastError().startsWith("an attempt begun at " + NOW + " was interrupted"),
          again.lastError());
      db.run(em -> queue(em, NOW.plusSeconds(6), "resend").sent(id));

      OutgoingMail sent = read(db, id);
      assertEquals(MailStatus.SENT, sent.status());
      assertTrue(sent.lastError().contains("the client may have it twice"), sent.lastError());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anAttemptCutOffByACrashIsHeldForStaffWhenThePolicyIsHold(String database) {
    try (MigratedDatabase db = open(database)) {
      long id = mailId(db);
      assertTrue(take(db, id, "node-a/1", NOW, "hold").isPresent());
      // The lease runs out (the instance never came back); another instance looks at it.
      Instant later = NOW.plusSeconds(121);

      assertEquals(Optional.empty(), take(db, id, "node-b/1", later, "hold"));
      OutgoingMail held = read(db, id);
      assertEquals(MailStatus.UNCERTAIN, held.status());
      assertEquals("DONE", held.state());
      assertTrue(held.lastError().contains("may or may not have been delivered"));
      // Nothing takes it again by itself.
      assertEquals(Optional.empty(), take(db, id, "node-b/2", later.plusSeconds(3600), "hold"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void anAttemptThatEndedWithAnAnswerLeavesNoMark(String database) {
    try (MigratedDatabase db = open(database)) {
      long id = mailId(db);
      assertTrue(take(db, id, "node-a/1", NOW, "hold").isPresent());
      db.run(em -> queue(em, NOW, "hold").failed(id, "the mail server is down", false));

      // The retry after the backoff is an ordinary attempt, not an interrupted one.
      OutgoingMail retried = take(db, id, "node-a/1", NOW.plusSeconds(61), "hold").orElseThrow();
      assertEquals(MailStatus.QUEUED, retried.status());
      db.run(em -> queue(em, NOW.plusSeconds(62), "hold").sent(id));
      OutgoingMail sent = read(db, id);
      assertEquals(MailStatus.SENT, sent.status());
      assertNull(sent.lastError());
    }
  }
}
