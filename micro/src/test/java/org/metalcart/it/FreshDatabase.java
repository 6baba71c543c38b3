package org.metalcart.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An empty database for each test class. Registered before Arquillian's extension, so that it runs
 * before Arquillian starts Payara Micro with the class's deployment.
 */
class FreshDatabase implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestDatabase.empty();
  }
}
