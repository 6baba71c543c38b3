package org.metalcart.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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

  /** A post-boot command file that points Payara Micro's default pool at the database. */
  static Path bootCommands(String url) throws IOException {
    Path file = Files.createTempFile("metalcart-benchmark-database", ".asadmin");
    Files.writeString(
        file,
        "set resources.jdbc-connection-pool.H2Pool.property.URL=" + url + ";AUTO_SERVER=TRUE\n");
    return file;
  }
}
