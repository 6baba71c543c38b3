package org.metalcart.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ensures the configured administrator credential before the API takes requests. A configuration
 * without one fails the deployment, so a misconfigured installation never reports ready.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AdministratorBootstrap {

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

  @Inject
  @ConfigProperty(
      name = AdministratorCredential.IDENTIFIER_PROPERTY,
      defaultValue = AdministratorCredential.DEMO_IDENTIFIER)
  String identifier;

  @Inject
  @ConfigProperty(name = AdministratorCredential.SECRET_PROPERTY)
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "metalcart.demo.enabled", defaultValue = "false")
  boolean demo;

  @Inject ApiCredentials credentials;

  @PostConstruct
  void ensureAdministrator() {
    AdministratorCredential admin =
        AdministratorCredential.fromConfiguration(identifier, secret, demo);
    FirstStart.ensure(
        () ->
            credentials.ensure(
                admin.identifier(), admin.secret(), ApiRole.ADMIN, "configured administrator"));
    LOG.info(() -> "API administrator credential '" + admin.identifier() + "' is in place");
  }
}
