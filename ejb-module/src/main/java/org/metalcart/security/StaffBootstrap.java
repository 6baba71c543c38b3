package org.metalcart.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.shared.InvalidInputException;

/**
 * Ensures the configured console account at start-up, so that a new installation has someone who
 * can sign in. Unlike the API administrator it is optional: an installation driven only through the
 * API needs no console account, and then nobody can sign in to the console.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StaffBootstrap {

  public static final String USERNAME_PROPERTY = "metalcart.console.staff.username";
  public static final String PASSWORD_PROPERTY = "metalcart.console.staff.password";

  /** Published in the README for the demo run, so it is refused everywhere else. */
  public static final String DEMO_USERNAME = "demo";

  public static final String DEMO_PASSWORD = "metalcart-demo-staff";

  private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

  @Inject
  @ConfigProperty(name = USERNAME_PROPERTY, defaultValue = "staff")
  String username;

  @Inject
  @ConfigProperty(name = PASSWORD_PROPERTY)
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "metalcart.demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject StaffAccounts accounts;

  @PostConstruct
  void ensureStaff() {
    if (demo) {
      FirstStart.ensure(() -> accounts.ensure(DEMO_USERNAME, DEMO_PASSWORD, "Demo operator"));
    } else {
      // A database that once ran the demo must not keep an account the README publishes.
      accounts.remove(DEMO_USERNAME);
    }
    Optional<String> configured = password.map(String::strip).filter(p -> !p.isEmpty());
    if (configured.isEmpty()) {
      if (!demo) {
        LOG.warning(
            () ->
                "No console account is configured ("
                    + PASSWORD_PROPERTY
                    + "): nobody can sign in to the admin console unless one exists already");
      }
      return;
    }
    if (configured.get().equals(DEMO_PASSWORD)) {
      throw new IllegalStateException(
          PASSWORD_PROPERTY + " is the published demo password; choose a password of your own");
    }
    try {
      FirstStart.ensure(() -> accounts.ensure(username, configured.get(), username));
    } catch (InvalidInputException e) {
      throw new IllegalStateException(
          USERNAME_PROPERTY + " / " + PASSWORD_PROPERTY + ": " + e.getMessage(), e);
    }
    LOG.info(() -> "Console account '" + username + "' is in place");
  }
}
