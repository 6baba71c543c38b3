package org.metalcart.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database migrated by the production Flyway scripts, with the production entity mappings
 * validated against it: in-memory H2 (the embedded default) or a throwaway PostgreSQL database (the
 * production database), for persistence tests outside the container.
 */
public final class MigratedDatabase implements AutoCloseable {

  /**
   * The PostgreSQL server the tests create their databases on; the machines of this project run one
   * on localhost that trusts local connections. Override with METALCART_TEST_POSTGRES_URL and
   * METALCART_TEST_POSTGRES_USER.
   */
  private static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault("METALCART_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/postgres");

  private static final String POSTGRES_USER =
      System.getenv().getOrDefault("METALCART_TEST_POSTGRES_USER", "postgres");

  private final EntityManagerFactory emf;
  private final Runnable dispose;

  private MigratedDatabase(
      DataSource dataSource,
      Consumer<DataSource> before,
      Map<String, Object> jpa,
      Runnable dispose) {
    before.accept(dataSource);
    SchemaMigration.migrateSchema(dataSource);
    this.emf = Persistence.createEntityManagerFactory("metalcart-test", jpa);
    this.dispose = dispose;
  }

  public static MigratedDatabase h2() {
    return h2(dataSource -> {});
  }

  /**
   * An H2 database on which {@code before} ran before the production migrations did: for tests of
   * an upgrade from an older schema with data in it.
   */
  public static MigratedDatabase h2(Consumer<DataSource> before) {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return new MigratedDatabase(
        dataSource, before, Map.of("jakarta.persistence.jdbc.url", url), () -> {});
  }

  /** A new, empty PostgreSQL database, dropped again on {@link #close()}. */
  public static MigratedDatabase postgres() {
    return postgres(dataSource -> {});
  }

  /** A new PostgreSQL database on which {@code before} ran before the production migrations. */
  public static MigratedDatabase postgres(Consumer<DataSource> before) {
    String name =
        "metalcart_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    admin("CREATE DATABASE " + name);
    String url = POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/') + 1) + name;
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    dataSource.setUser(POSTGRES_USER);
    return new MigratedDatabase(
        dataSource,
        before,
        Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", POSTGRES_USER),
        () -> admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, null);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at "
              + POSTGRES_URL
              + " (user "
              + POSTGRES_USER
              + ") is needed for the persistence tests: "
              + e.getMessage(),
          e);
    }
  }

  /** Runs {@code work} in a transaction that commits. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    emf.close();
    dispose.run();
  }
}
