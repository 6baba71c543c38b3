package org.metalcart.benchmark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.metalcart.platform.SchemaMigration;

/**
 * The database a benchmark's Payara Micro runs on, created for the run and dropped after it: the
 * embedded H2 (a file in a new temporary folder) or a PostgreSQL database of its own on the local
 * server (as the superuser, {@code postgres} on localhost:5432 unless {@code
 * METALCART_BENCH_POSTGRES_URL} and {@code METALCART_BENCH_POSTGRES_USER} say otherwise), set up
 * with the production post-boot file server-config/payara-micro/postgresql.asadmin.
 */
abstract class BenchmarkDatabase implements AutoCloseable {

  /** {@code h2} or {@code postgresql}. */
  static BenchmarkDatabase create(String kind) throws IOException, SQLException {
    return switch (kind) {
      case "h2" -> new H2(SeedDatabase.create("metalcart-benchmark"));
      case "postgresql" -> new PostgreSql();
      default -> throw new IllegalArgumentException("--database is h2 or postgresql: " + kind);
    };
  }

  /** Payara Micro's options that put it on this database. */
  abstract List<String> microOptions() throws IOException;

  /** The environment those options read. */
  abstract Map<String, String> environment();

  /**
   * Migrates the database to the newest schema with the application's own Flyway scripts (for a
   * benchmark that seeds it before Payara Micro starts) and opens a connection to it, in
   * Metalcart's schema, without auto-commit.
   */
  abstract Connection migrated() throws SQLException;

  /** A name for the printed figures. */
  abstract String describe();

  @Override
  public abstract void close() throws SQLException;

  private static final class H2 extends BenchmarkDatabase {
    private final String url;

    H2(String url) {
      this.url = url;
    }

    @Override
    List<String> microOptions() throws IOException {
      return List.of("--postbootcommandfile", SeedDatabase.bootCommands(url).toString());
    }

    @Override
    Map<String, String> environment() {
      return Map.of();
    }

    @Override
    Connection migrated() throws SQLException {
      return SeedDatabase.migrated(url);
    }

    @Override
    String describe() {
      return "H2 (embedded, file)";
    }

    @Override
    public void close() {
      // a temporary folder: left to the system's clean-up
    }
  }

  /** The local PostgreSQL server's superuser connection, for creating and dropping databases. */
  static final String ADMIN_URL =
      System.getenv()
          .getOrDefault(
              "METALCART_BENCH_POSTGRES_URL", "jdbc:postgresql://localhost:5432/postgres");

  static final String ADMIN_USER =
      System.getenv().getOrDefault("METALCART_BENCH_POSTGRES_USER", "postgres");

  /** Runs statements as the superuser, outside a transaction (CREATE DATABASE needs that). */
  static void admin(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, "");
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private static final class PostgreSql extends BenchmarkDatabase {

    private final String name = "metalcart_bench_" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = UUID.randomUUID().toString();

    PostgreSql() throws SQLException {
      admin(
          "CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'",
          "CREATE DATABASE " + name + " OWNER " + name);
    }

    @Override
    List<String> microOptions() throws IOException {
      return List.of(
          "--addLibs",
          driverJar().toString(),
          "--postbootcommandfile",
          "server-config/payara-micro/postgresql.asadmin");
    }

    @Override
    Map<String, String> environment() {
      return Map.of(
          "METALCART_DB_HOST", "localhost",
          "METALCART_DB_PORT", "5432",
          "METALCART_DB_NAME", name,
          "METALCART_DB_USER", name,
          "METALCART_DB_PASSWORD", password);
    }

    @Override
    Connection migrated() throws SQLException {
      URI server = URI.create(ADMIN_URL.substring("jdbc:".length()));
      // Batched inserts rewritten into multi-row ones: seeding a million rows takes seconds.
      String url =
          "jdbc:postgresql://"
              + server.getHost()
              + ":"
              + (server.getPort() < 0 ? 5432 : server.getPort())
              + "/"
              + name
              + "?reWriteBatchedInserts=true";
      Flyway.configure(BenchmarkDatabase.class.getClassLoader())
          .dataSource(url, name, password)
          .schemas(SchemaMigration.SCHEMA)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      Connection db = DriverManager.getConnection(url, name, password);
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("SET search_path TO " + SchemaMigration.SCHEMA);
      }
      return db;
    }

    @Override
    String describe() {
      return "PostgreSQL (database " + name + ")";
    }

    @Override
    public void close() throws SQLException {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "DROP ROLE IF EXISTS " + name);
    }

    /** The JDBC driver Payara Micro adds (copied beside benchmarks.jar by the build). */
    private static Path driverJar() throws IOException {
      Path jar = Path.of("benchmarks/target/lib/postgresql.jar");
      if (!Files.exists(jar)) {
        throw new IOException(jar + " is missing: build with ./mvnw install -pl benchmarks -am");
      }
      return jar;
    }
  }
}
