package org.metalcart.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.metalcart.catalog.AutoSetup;
import org.metalcart.catalog.BillingCycle;
import org.metalcart.catalog.Catalog;
import org.metalcart.catalog.ModuleSettings;
import org.metalcart.catalog.NewProduct;
import org.metalcart.catalog.Price;
import org.metalcart.security.ApiCredentials;
import org.metalcart.security.ApiRole;
import org.metalcart.shared.PageRequest;

/** Seeds the demo installation at start-up when the demo is enabled. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "AdministratorBootstrap"})
public class DemoData {

  /** Published in the README; only ever created in the demo. */
  public static final String CART_IDENTIFIER = "demo-cart";

  public static final String CART_SECRET = "metalcart-demo-cart";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "metalcart.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject Catalog catalog;

  @Inject ApiCredentials credentials;

  @PostConstruct
  void seed() {
    if (!enabled) {
      // A database that once ran the demo must not keep a credential the README publishes.
      credentials.remove(CART_IDENTIFIER);
      return;
    }
    credentials.ensure(CART_IDENTIFIER, CART_SECRET, ApiRole.CART, "demo shopping cart");
    if (catalog.products(new PageRequest(0, 1)).total() == 0) {
      plans().forEach(catalog::add);
      LOG.info("Demo tariff plans added to the catalog");
    }
  }

  /** Plans whose package names match configurations of the simulator's demo inventory. */
  static List<NewProduct> plans() {
    return List.of(
        new NewProduct(
            "Dedicated E-2146G",
            "Xeon E-2146G, 64 GB RAM, 2 x 480 GB SSD",
            "USD",
            ModuleSettings.forPackage("E-2146G-64Gb", "Debian 12").ipv4Count(1).build(),
            List.of(
                price(BillingCycle.MONTHLY, "89.00", "49.00"),
                price(BillingCycle.QUARTERLY, "254.00", "0.00"),
                price(BillingCycle.ANNUALLY, "960.00", "0.00"))),
        new NewProduct(
            "Dedicated E3-1230v6",
            "Xeon E3-1230 v6, 32 GB RAM, 2 x 1 TB HDD; Active as soon as the OS install starts",
            "USD",
            ModuleSettings.forPackage("E3-1230v6-32Gb", "Ubuntu 24.04")
                .dontWaitOsInstall(true)
                .build(),
            List.of(
                price(BillingCycle.MONTHLY, "59.00", "0.00"),
                price(BillingCycle.SEMI_ANNUALLY, "330.00", "0.00"))),
        new NewProduct(
            "Dedicated 2x Gold 6248",
            "2 x Xeon Gold 6248, 384 GB RAM, 4 x 1.92 TB NVMe, 4 extra IPv4 and an IPv6 block",
            "USD",
            ModuleSettings.forPackage("2xGold6248-384Gb", "Rocky Linux 9")
                .recipe("docker")
                .ipv4Count(4)
                .ipv6Count(1)
                .autoSetup(AutoSetup.ON_ACCEPT)
                .build(),
            List.of(
                price(BillingCycle.MONTHLY, "499.00", "199.00"),
                price(BillingCycle.ANNUALLY, "5400.00", "0.00"))));
  }

  private static Price price(BillingCycle cycle, String amount, String setupFee) {
    return new Price(cycle, new BigDecimal(amount), new BigDecimal(setupFee));
  }
}
