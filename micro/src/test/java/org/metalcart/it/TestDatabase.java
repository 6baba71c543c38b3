package org.metalcart.it;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * The database of the Payara Micro under test: its embedded H2 (the default), or PostgreSQL when
 * the tests run with {@code -Pit-postgresql} (the CI stage .ci/postgresql-its). There Payara Micro
 * uses server-config/payara-micro/postgresql.asadmin, and the database named by the METALCART_DB_*
 * environment variables, which the tests and Payara Micro share.
 *
 * <p>Every test class starts from an empty database, as it does with H2, where each Payara Micro
 * brings a new one.
 */
final class TestDatabase {

  private TestDatabase() {}

  static boolean isPostgresql() {
    return "postgresql".equals(System.getProperty("metalcart.it.database"));
  }

  /** The Payara Micro options that put it on this database. */
  static List<String> microOptions() {
    return isPostgresql()
        ? List.of(
            "--addLibs",
            System.getProperty("postgresql.jar"),
            "--postbootcommandfile",
            System.getProperty("postgresql.bootCommands"))
        : List.of();
  }

  /**
   * Empties the PostgreSQL database: Metalcart's schema and the batch runtime's tables go. The
   * previous test class's Payara Micro may still hold connections; they are ended first.
   */
  static void empty() {
    if (!isPostgresql()) {
      return;
    }
    Properties credentials = new Properties();
    credentials.setProperty("user", env("METALCART_DB_USER"));
    credentials.setProperty("password", env("METALCART_DB_PASSWORD"));
    String url =
        "jdbc:postgresql://%s:%s/%s"
            .formatted(
                env("METALCART_DB_HOST"), env("METALCART_DB_PORT"), env("METALCART_DB_NAME"));
    try (Connection connection = DriverManager.getConnection(url, credentials);
        Statement sql = connection.createStatement()) {
      sql.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
      sql.execute("DROP SCHEMA IF EXISTS metalcart CASCADE");
      sql.execute("DROP SCHEMA public CASCADE");
      sql.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the test database at " + url, e);
    }
  }

  /**
   * Hands a stopped Payara Micro's database to the next one, started in {@code to}: H2 lives in the
   * root directory and is copied; PostgreSQL stays where it is.
   */
  static void carryOver(Path from, Path to) throws IOException {
    if (!isPostgresql()) {
      MicroProcess.copyTree(from.resolve("lib/databases"), to.resolve("lib/databases"));
    }
  }

  /**
   * The values of one column of the stopped Payara Micro's database in {@code root} (H2), or of the
   * shared PostgreSQL database: what is at rest.
   */
  static List<String> column(Path root, String table, String column) {
    String sql = "SELECT " + column + " FROM \"metalcart\"." + table;
    try (Connection connection = connect(root);
        Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new java.util.ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read " + table + "." + column, e);
    }
  }

  private static Connection connect(Path root) throws SQLException {
    if (isPostgresql()) {
      Properties credentials = new Properties();
      credentials.setProperty("user", env("METALCART_DB_USER"));
      credentials.setProperty("password", env("METALCART_DB_PASSWORD"));
      return DriverManager.getConnection(
          "jdbc:postgresql://%s:%s/%s"
              .formatted(
                  env("METALCART_DB_HOST"), env("METALCART_DB_PORT"), env("METALCART_DB_NAME")),
          credentials);
    }
    // Payara Micro's embedded database, its default user; read while no server has it open.
    return DriverManager.getConnection(
        "jdbc:h2:file:"
            + root.toAbsolutePath().resolve("lib/databases/embedded_default")
            + ";FILE_LOCK=NO;IFEXISTS=TRUE",
        "",
        "");
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null) {
      throw new IllegalStateException(name + " must be set for the tests on PostgreSQL");
    }
    return value;
  }
}
