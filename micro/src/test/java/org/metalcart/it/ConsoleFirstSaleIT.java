package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metalcart.dcim.SimulatorControl;
import org.openqa.selenium.By;

/**
 * The seed's first sale (marketconnect-first-sale.txt), done by an operator in the admin console in
 * a real (headless) browser: sign in, Orders → Add New Order, Accept with Run Module Create, the
 * green confirmation, the service Active on its server, Suspend and Unsuspend with their results,
 * both in the module log.
 */
class ConsoleFirstSaleIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @RegisterExtension final Browser browser = new Browser();

  private Shop shop;

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "sale-1", "configuration": "cfg-sale", "type": "T1"},
            {"name": "watch-1", "configuration": "cfg-watch", "type": "T1"}
            """));
  }

  @BeforeEach
  void open() {
    shop = new Shop(api);
    SIMULATOR.installSeconds(0.5);
    browser.open(deployment);
  }

  @Test
  void anOperatorMakesTheFirstSaleInTheConsole() {
    long product = shop.product("cfg-sale", ", \"ipv4Count\": 1");
    String productName = api.get("products/" + product, Api.ADMIN).json().getString("name");
    FirstSaleInTheConsole.walk(browser, SIMULATOR, productName, "sale-1");
  }

  @Test
  void theServicePageFollowsProvisioningWithoutAReload() {
    long product = shop.product("cfg-watch", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);

    FirstSaleInTheConsole.signIn(browser);
    browser.go("console/service.xhtml?id=" + serviceOf(order));
    assertEquals("Pending", browser.text("#service-status"));
    assertTrue(browser.text("#progress").contains("waiting for the order"));
    FirstSaleInTheConsole.markThisPage(browser);

    // The payment arrives from the payment gateway, as in production: provisioning starts.
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");

    FirstSaleInTheConsole.awaitServiceStatus(browser, "Active");
    assertTrue(FirstSaleInTheConsole.samePage(browser), "the page followed without being reloaded");
    assertEquals("watch-1", browser.text("#server").replaceAll(".* · ", ""));
    assertTrue(browser.driver().findElements(By.id("progress")).isEmpty(), "no progress shown");
  }
}
