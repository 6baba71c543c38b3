package org.metalcart.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Checks the keys for secrets at rest when the application starts: without one (outside the demo),
 * or with the published demo key, the deployment fails, as it does without an administrator
 * credential, rather than when the first order arrives.
 */
@Singleton
@Startup
public class SecretsBootstrap {

  private static final Logger LOG = Logger.getLogger(SecretsBootstrap.class.getName());

  @Inject Secrets secrets;

  @PostConstruct
  void checkKeys() {
    SecretKeys keys = secrets.keys();
    LOG.info(() -> "Secrets at rest are sealed with key " + keys.currentKeyId());
  }
}
