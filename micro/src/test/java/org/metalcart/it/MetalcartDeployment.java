package org.metalcart.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive under test: the flat WAR this module just packaged, exactly as the run command
 * deploys it, not a hand-picked subset of classes.
 */
final class MetalcartDeployment {

  private MetalcartDeployment() {}

  static WebArchive war() {
    File war = new File(System.getProperty("metalcart.war", "target/metalcart.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the integration tests through Maven");
    }
    return ShrinkWrap.create(ZipImporter.class, "metalcart.war")
        .importFrom(war)
        .as(WebArchive.class);
  }
}
