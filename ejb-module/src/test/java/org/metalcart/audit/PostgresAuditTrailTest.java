package org.metalcart.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.metalcart.clients.Client;
import org.metalcart.platform.MigratedDatabase;

/**
 * The audit trail on PostgreSQL, the production database, where the table itself refuses a change:
 * even SQL sent past Hibernate cannot update, delete or truncate an entry.
 */
class PostgresAuditTrailTest extends AuditTrailContract {

  @Override
  MigratedDatabase database() {
    return MigratedDatabase.postgres();
  }

  @Test
  void theDatabaseRefusesToUpdateDeleteOrTruncateAnEntry() {
    try (AuditScope scope = staffRequest("POST /api/v1/clients")) {
      db.run(em -> em.persist(Client.register("gina", "g@example.com", "G", "op", NOW)));
    }
    for (String sql :
        List.of(
            "UPDATE \"metalcart\".audit_entry SET actor = 'nobody'",
            "DELETE FROM \"metalcart\".audit_entry",
            "TRUNCATE \"metalcart\".audit_entry")) {
      // Plain JDBC on the application's connection: past Hibernate and its AppendOnlyGuard.
      Exception refused =
          assertThrows(
              Exception.class,
              () ->
                  db.run(
                      em ->
                          em.unwrap(Session.class)
                              .doWork(
                                  connection -> {
                                    try (Statement statement = connection.createStatement()) {
                                      statement.executeUpdate(sql);
                                    }
                                  })),
              sql);
      assertTrue(causes(refused).contains("append-only"), causes(refused));
    }
    assertEquals(1, all().size());
    assertEquals("op1", all().get(0).actor());
  }

  private static String causes(Throwable t) {
    StringBuilder text = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      text.append(c.getMessage()).append('\n');
    }
    return text.toString();
  }
}
