package org.metalcart.api.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.metalcart.platform.SchemaMigration;

/** Ready when the database answers and the schema was migrated at start-up. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    String schemaVersion = migration.schemaVersion();
    if (schemaVersion == null) {
      return response.down().withData("schema", "not migrated").build();
    }
    response.withData("schema", SchemaMigration.SCHEMA).withData("schemaVersion", schemaVersion);
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS)
          ? response.up().build()
          : response.down().withData("error", "connection not valid").build();
    } catch (SQLException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
