package org.metalcart.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema was migrated at start-up, the database answers, and every migration in
 * Flyway's history succeeded. A failed migration at start-up fails the deployment
 * (org.metalcart.platform.SchemaMigration); reading the history also catches a failure that came
 * later, such as a migration run by hand or a database swapped under the running application.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  /** The application's schema; the same name as SchemaMigration.SCHEMA. */
  static final String SCHEMA = "metalcart";

  private static final int TIMEOUT_SECONDS = 2;

  /** Quoted: Flyway creates the table with lower-case names on H2 as on PostgreSQL. */
  private static final String HISTORY =
      "SELECT \"version\", \"success\" FROM \""
          + SCHEMA
          + "\".\"flyway_schema_history\""
          + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC";

  /**
   * Whether the answer shows what it found (schema version, the database's error): off unless
   * configured, because the health endpoints are open to anyone who reaches the server, and an
   * error text can name hosts and users. The reason for DOWN is logged either way.
   */
  static final String DETAILS_PROPERTY = "metalcart.health.details";

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @Inject DatabaseStatus status;

  private volatile String lastDown;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponse found = check();
    if (found.getStatus() == HealthCheckResponse.Status.DOWN) {
      String why = String.valueOf(found.getData().orElse(java.util.Map.of()));
      if (!why.equals(lastDown)) {
        LOG.warning(() -> "Not ready: the database check is DOWN " + why);
        lastDown = why;
      }
    } else {
      lastDown = null;
    }
    boolean details =
        ConfigProvider.getConfig().getOptionalValue(DETAILS_PROPERTY, Boolean.class).orElse(false);
    return details
        ? found
        : HealthCheckResponse.named(found.getName())
            .status(found.getStatus() == HealthCheckResponse.Status.UP)
            .build();
  }

  private HealthCheckResponse check() {
    var response = HealthCheckResponse.named("database").withData("schema", SCHEMA);
    DataSource dataSource = status.dataSource();
    if (dataSource == null) {
      return response.down().withData("error", "schema not migrated").build();
    }
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(TIMEOUT_SECONDS)) {
        return response.down().withData("error", "connection not valid").build();
      }
      return withHistory(connection, response);
    } catch (SQLException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }

  private static HealthCheckResponse withHistory(
      Connection connection, org.eclipse.microprofile.health.HealthCheckResponseBuilder response)
      throws SQLException {
    String version = null;
    String failed = null;
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      try (ResultSet rows = statement.executeQuery(HISTORY)) {
        while (rows.next()) {
          if (!rows.getBoolean("success") && failed == null) {
            failed = rows.getString("version");
          } else if (rows.getBoolean("success") && version == null) {
            version = rows.getString("version");
          }
        }
      }
    } catch (SQLException e) {
      return response.down().withData("error", "schema not migrated: " + e.getMessage()).build();
    }
    if (failed != null) {
      return response.down().withData("failedMigration", failed).build();
    }
    if (version == null) {
      return response.down().withData("error", "schema not migrated").build();
    }
    return response.up().withData("schemaVersion", version).build();
  }
}
