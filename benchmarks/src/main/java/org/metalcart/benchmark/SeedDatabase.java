package org.metalcart.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * The embedded H2 database a benchmark seeds before Payara Micro starts: migrated by the
 * application's own Flyway scripts, then filled with plain JDBC batches, then handed to Payara
 * Micro's built-in pool by a post-boot command file.
 */
final class SeedDatabase {

  private SeedDatabase() {}

  /** The H2 URL of a new database in a new temporary folder. */
  static String create(String prefix) throws IOException {
    Path data = Files.createTempDirectory(prefix);
    return "jdbc:h2:" + data.toAbsolutePath() + "/metalcart";
  }

  /**
   * Migrates the database at {@code url} to the newest schema and opens a connection to it, in
   * Metalcart's schema, without auto-commit.
   */
  static Connection migrated(String url) throws SQLException {
    Flyway.configure(SeedDatabase.class.getClassLoader())
        .dataSource(url, "", "")
        .schemas("metalcart")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Connection db = DriverManager.getConnection(url, "", "");
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.execute("SET SCHEMA \"metalcart\"");
    }
    return db;
  }

  /**
   * Inserts plan 1, "Bench", of the Package Name, naming its columns: columns a later migration
   * adds take their defaults, so the seeding does not break with each new one.
   */
  static void insertBenchPlan(Connection db, String packageName) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO product (id, name, type, description, currency, package_name,"
                + " os_template, recipe, dont_wait_os_install, ipv4_count, ipv6_count, ip_pool,"
                + " domain_template, auto_setup, created_at, version)"
                + " VALUES (1, 'Bench', 'DEDICATED_SERVER', NULL, 'USD', ?, 'Debian 12', NULL,"
                + " FALSE, 0, 0, 'public', NULL, 'ON_PAYMENT', CURRENT_TIMESTAMP, 0)")) {
      insert.setString(1, packageName);
      insert.executeUpdate();
    }
  }

  /** A post-boot command file that points Payara Micro's default pool at the database. */
  static Path bootCommands(String url) throws IOException {
    Path file = Files.createTempFile("metalcart-benchmark-database", ".asadmin");
    Files.writeString(
        file,
        "set resources.jdbc-connection-pool.H2Pool.property.URL=" + url + ";AUTO_SERVER=TRUE\n");
    return file;
  }
}
