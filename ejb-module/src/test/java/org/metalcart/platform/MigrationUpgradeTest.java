package org.metalcart.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.metalcart.billing.Invoice;
import org.metalcart.billing.InvoiceStatus;
import org.metalcart.security.ApiCredential;
import org.metalcart.security.ApiRole;
import org.metalcart.security.CredentialStatus;
import org.metalcart.security.StaffAccount;
import org.metalcart.services.Service;
import org.metalcart.services.ServiceStatus;

/**
 * An upgrade in production: a database at an older schema version, with data in it, migrated to the
 * newest version by the same migrations the application runs at start-up. The data of each older
 * version is a fixture, src/test/resources/db/upgrade/V{n}__data.sql; the version just before the
 * newest must have one, so that every new migration is tried on the data of the schema it replaces.
 */
class MigrationUpgradeTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path FIXTURES = Path.of("src/test/resources/db/upgrade");
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

  @Test
  void theSchemaBeforeTheNewestHasDataToUpgradeFrom() {
    List<Integer> versions = versions(MIGRATIONS);
    assertTrue(versions.size() >= 2, "migrations: " + versions);
    int previous = versions.get(versions.size() - 2);
    assertTrue(
        versions(FIXTURES).contains(previous),
        "write "
            + FIXTURES
            + "/V"
            + previous
            + "__data.sql: data as schema version "
            + previous
            + " holds it, to upgrade from");
  }

  @ParameterizedTest(name = "from version {0}")
  @MethodSource("fixtureVersions")
  void upgradeOnH2KeepsEveryRowAndTheMappingsReadThem(int from) {
    upgrade(from, MigratedDatabase::h2);
  }

  @ParameterizedTest(name = "from version {0}")
  @MethodSource("fixtureVersions")
  void upgradeOnPostgresqlKeepsEveryRowAndTheMappingsReadThem(int from) {
    upgrade(from, MigratedDatabase::postgres);
  }

  static Stream<Integer> fixtureVersions() {
    return versions(FIXTURES).stream();
  }

  private static void upgrade(int from, Function<Consumer<DataSource>, MigratedDatabase> database) {
    Map<String, Long> before = new TreeMap<>();
    try (MigratedDatabase upgraded =
        database.apply(
            dataSource -> {
              migrateTo(dataSource, from);
              load(dataSource, FIXTURES.resolve(fixtureOf(from)));
              before.putAll(rowCounts(dataSource));
            })) {
      assertFalse(before.isEmpty());
      Map<String, Long> versionsAfterUpgrade =
          upgraded.inTransaction(MigrationUpgradeTest::versions);
      upgraded.run(
          em -> {
            for (var table : before.entrySet()) {
              Number now =
                  (Number)
                      em.createNativeQuery("SELECT COUNT(*) FROM \"metalcart\"." + table.getKey())
                          .getSingleResult();
              // A migration may add rows of its own (the reconcile job's lease); none may go.
              assertTrue(
                  now.longValue() >= table.getValue(),
                  table.getKey() + " lost rows: " + table.getValue() + " -> " + now);
            }
            // Every entity of the newest mapping reads the upgraded rows.
            for (EntityType<?> entity : em.getMetamodel().getEntities()) {
              em.createQuery("SELECT e FROM " + entity.getName() + " e").getResultList();
            }
          });
      // ... and reading them wrote nothing back (a mapping that finds a row dirty on load would
      // update it at every read, racing the real writers with optimistic-lock failures).
      assertEquals(
          versionsAfterUpgrade,
          upgraded.inTransaction(MigrationUpgradeTest::versions),
          "the sum of the row versions of each table");
      if (from <= 2) {
        upgraded.run(MigrationUpgradeTest::version2DataReadsAsBefore);
      }
      if (from >= 4 && from <= 10) {
        // Staff accounts from before roles could do everything: they stay administrators.
        upgraded.run(
            em -> {
              StaffAccount ops = em.find(StaffAccount.class, 1L);
              assertEquals(ApiRole.ADMIN, ops.role());
              assertEquals(0, ops.sessionEpoch());
            });
      }
      if (from == 11) {
        upgraded.run(
            em -> {
              StaffAccount ops = em.find(StaffAccount.class, 1L);
              assertEquals(ApiRole.BILLING, ops.role());
              assertTrue(ops.twoFactorEnabled());
            });
      }
      if (from == 12) {
        upgraded.run(
            em -> {
              ApiCredential script = em.find(ApiCredential.class, 2L);
              assertEquals(CredentialStatus.REVOKED, script.status(Instant.now()));
              assertFalse(script.allowedAddresses().any());
            });
      }
      // Credentials from before their lifecycle: active, never expiring, from any address.
      upgraded.run(
          em -> {
            ApiCredential shop = em.find(ApiCredential.class, 1L);
            if (shop != null) {
              assertEquals(CredentialStatus.ACTIVE, shop.status(Instant.now()));
              assertTrue(shop.allowedAddresses().any());
            }
          });
    }
  }

  /** What version 2's fixture holds, read through the newest mappings. */
  private static void version2DataReadsAsBefore(EntityManager em) {
    Service active = em.find(Service.class, 1L);
    assertEquals(ServiceStatus.ACTIVE, active.status());
    assertEquals(LocalDate.parse("2026-11-02"), active.nextDueDate());
    assertEquals(new BigDecimal("89.00"), active.recurringAmount());
    Service pending = em.find(Service.class, 2L);
    assertEquals(ServiceStatus.PENDING, pending.status());
    Invoice unpaid = em.find(Invoice.class, 2L);
    assertEquals(InvoiceStatus.UNPAID, unpaid.status());
    assertEquals(new BigDecimal("138.00"), unpaid.total());
  }

  /** The sum of the versions of its rows, per table with a version column. */
  private static Map<String, Long> versions(EntityManager em) {
    Map<String, Long> sums = new TreeMap<>();
    @SuppressWarnings("unchecked")
    List<String> tables =
        em.createNativeQuery(
                "SELECT table_name FROM information_schema.columns"
                    + " WHERE table_schema = 'metalcart' AND LOWER(column_name) = 'version'"
                    + " AND LOWER(table_name) <> 'flyway_schema_history'")
            .getResultList();
    for (String table : tables) {
      Number sum =
          (Number)
              em.createNativeQuery("SELECT COALESCE(SUM(version), 0) FROM \"metalcart\"." + table)
                  .getSingleResult();
      sums.put(table, sum.longValue());
    }
    return sums;
  }

  private static void migrateTo(DataSource dataSource, int version) {
    Flyway.configure(MigrationUpgradeTest.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(SchemaMigration.SCHEMA)
        .locations("classpath:db/migration")
        .target(String.valueOf(version))
        .load()
        .migrate();
  }

  private static void load(DataSource dataSource, Path fixture) {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      String script =
          Files.readAllLines(fixture).stream()
              .filter(line -> !line.startsWith("--"))
              .reduce("", (all, line) -> all + line + "\n");
      for (String statement : script.split(";\\s*\\n")) {
        if (!statement.isBlank()) {
          sql.execute(statement);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(fixture + ": " + e.getMessage(), e);
    }
  }

  /** Rows per table of Metalcart's schema, Flyway's history left out. */
  private static Map<String, Long> rowCounts(DataSource dataSource) {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          connection
              .getMetaData()
              .getTables(null, SchemaMigration.SCHEMA, "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        if (!table.equalsIgnoreCase("flyway_schema_history")) {
          try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM \"metalcart\"." + table)) {
            count.next();
            counts.put(table, count.getLong(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return counts;
  }

  private static String fixtureOf(int version) {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.startsWith("V" + version + "__"))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Integer> versions(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> VERSION.matcher(f.getFileName().toString()))
          .filter(Matcher::matches)
          .map(m -> Integer.parseInt(m.group(1)))
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
