package org.metalcart.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database migrated by the production Flyway scripts, with the production
 * entity mappings validated against it. For persistence tests outside the container.
 */
public final class MigratedDatabase implements AutoCloseable {

  private final EntityManagerFactory emf;

  public MigratedDatabase() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    SchemaMigration.migrateSchema(dataSource);
    emf =
        Persistence.createEntityManagerFactory(
            "metalcart-test", Map.of("jakarta.persistence.jdbc.url", url));
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
  }
}
