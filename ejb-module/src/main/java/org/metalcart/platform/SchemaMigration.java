package org.metalcart.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.metalcart.health.DatabaseStatus;

/**
 * Brings the database schema up to date before anything else runs. Flyway owns the schema on every
 * database; Hibernate never generates it. A failed migration throws here, which fails the
 * deployment: the application is then never reported ready instead of running half-migrated.
 */
@Singleton
@Startup
// Flyway manages its own connections and transactions; inside a JTA transaction WildFly refuses to
// let it switch auto-commit (IJ031017).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

  /**
   * The application's own schema. The servers' default databases are not empty (batch runtime
   * tables, samples), and Flyway must not share a schema with them. Flyway and Hibernate both quote
   * the name, so it is lower case on PostgreSQL and H2 alike.
   */
  public static final String SCHEMA = "metalcart";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject DatabaseStatus status;

  @PostConstruct
  void migrateAtStartup() {
    MigrateResult result = migrateSchema(dataSource);
    String schemaVersion =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    status.migrated(dataSource, schemaVersion);
    LOG.info(
        () ->
            "Schema "
                + SCHEMA
                + " at version "
                + schemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * Migrates the schema on {@code dataSource}; also used by tests outside the container. The
   * scripts of db/migration run on every database; those of db/postgresql only on PostgreSQL, for
   * what H2 cannot express (the audit trail's append-only trigger), numbered between the common
   * ones.
   */
  public static MigrateResult migrateSchema(DataSource dataSource) {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (isPostgresql(dataSource)) {
      locations.add("classpath:db/postgresql");
    }
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .locations(locations.toArray(String[]::new))
        .load()
        .migrate();
  }

  private static boolean isPostgresql(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }
}
