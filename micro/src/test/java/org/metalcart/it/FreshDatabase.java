package org.metalcart.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An empty database for each test class, as each Payara Micro brings a new embedded H2. Registered
 * before Arquillian's extension, so that it runs before Arquillian starts Payara Micro with the
 * class's deployment.
 */
class FreshDatabase implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestDatabase.empty();
  }

  /** An empty database for each test, for tests that start Payara Micro themselves. */
  static class EachTest implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
      TestDatabase.empty();
    }
  }
}
