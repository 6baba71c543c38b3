package org.metalcart.health;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * The application's database as its schema migration left it: told by the EJB module once the
 * schema is migrated, read by {@link DatabaseReadiness}.
 *
 * <p>Why the EJB module tells it: this jar sits in the EAR's lib/, whose beans cannot look up
 * {@code java:comp/DefaultDataSource} on WildFly (no component of their own) and cannot see the
 * modules' beans; the modules can see this one.
 */
@ApplicationScoped
public class DatabaseStatus {

  private volatile DataSource dataSource;
  private volatile String migratedTo;

  /** The schema on {@code dataSource} was migrated to {@code version}. */
  public void migrated(DataSource dataSource, String version) {
    this.dataSource = dataSource;
    this.migratedTo = version;
  }

  /** Null until the schema was migrated. */
  DataSource dataSource() {
    return dataSource;
  }

  String migratedTo() {
    return migratedTo;
  }
}
