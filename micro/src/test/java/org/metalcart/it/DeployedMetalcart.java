package org.metalcart.it;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Black-box tests against Metalcart deployed on Payara Micro: the flat WAR this module just
 * packaged, exactly as the run command deploys it, reached over real HTTP through {@link #api}.
 */
// FreshDatabase first: it empties the database before Arquillian starts Payara Micro.
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
abstract class DeployedMetalcart {

  @Deployment(testable = false)
  static WebArchive metalcart() {
    File war = new File(System.getProperty("metalcart.war", "target/metalcart.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the integration tests through Maven");
    }
    return ShrinkWrap.create(ZipImporter.class, "metalcart.war")
        .importFrom(war)
        .as(WebArchive.class);
  }

  @ArquillianResource URL deployment;

  Api api;

  @BeforeEach
  void connect() {
    api = new Api(deployment);
  }
}
