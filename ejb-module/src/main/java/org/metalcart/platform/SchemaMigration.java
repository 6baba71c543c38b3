package org.metalcart.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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

  /** Migrates the schema on {@code dataSource}; also used by tests outside the container. */
  public static MigrateResult migrateSchema(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }
}
