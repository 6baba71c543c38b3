package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metalcart.dcim.SimulatorControl;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

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
    long clientId = shop.client(Api.ADMIN);
    String client = api.get("clients/" + clientId, Api.ADMIN).json().getString("username");

    Console.signIn(browser);
    assertEquals("Dashboard", browser.text("h1"));

    // Orders → Add New Order
    browser.find("#nav-orders").click();
    browser.find("#add-new-order").click();
    browser.find("#order\\:client").sendKeys(client);
    new Select(browser.find("#order\\:product")).selectByVisibleText(productName);
    browser.await(d -> new Select(d.findElement(By.id("order:cycle"))).getOptions().size() > 0);
    assertEquals(
        "MONTHLY",
        new Select(browser.find("#order\\:cycle")).getFirstSelectedOption().getAttribute("value"));
    browser.find("#order\\:hostname").sendKeys("web1.firstsale.example");
    browser.find("#order\\:password").sendKeys(Shop.PASSWORD);
    browser.find("#order\\:submit").click();

    assertTrue(Console.okMessage(browser).contains("placed for " + client), "order placed");
    String orderNumber = browser.text("#order-number");
    assertEquals("PENDING", browser.text("#order-status"));

    // Accept Order, Run Module Create checked by default
    WebElement runModuleCreate = browser.find("#actions\\:run-module-create");
    assertTrue(runModuleCreate.isSelected(), "Run Module Create is checked by default");
    browser.find("#actions\\:accept").click();
    String accepted = Console.okMessage(browser);
    assertTrue(accepted.contains("Order " + orderNumber + " accepted"), accepted);
    assertTrue(accepted.contains("Module Create is running"), accepted);
    assertEquals("ACTIVE", browser.text("#order-status"));

    // The service: Active on its server, found without reloading the page
    browser.find("a[id$='service']").click();
    Console.markThisPage(browser);
    Console.awaitServiceStatus(browser, "ACTIVE");
    assertTrue(Console.samePage(browser), "the page showed Active without being reloaded");
    assertEquals(orderNumber, browser.text("#order-number"));
    assertEquals("sale-1", browser.text("#server").replaceAll(".* · ", ""));
    assertEquals(2, browser.text("#ips").split(", ").length, "main address + 1 ordered");
    String account = browser.text("#account");
    assertTrue(account.contains(client + "@example.com"), account);
    assertTrue(browser.text("#next-due").matches("\\d{4}-\\d{2}-\\d{2}"));

    // Suspend asks first, then blocks the server
    browser.find("#commands\\:suspend").click();
    assertTrue(browser.text("#confirm-question").startsWith("Suspend web1.firstsale"));
    browser.find("#commands\\:reason").sendKeys("abuse report 42");
    browser.find("#commands\\:confirm-command").click();
    assertTrue(Console.okMessage(browser).startsWith("Suspend done"));
    assertEquals("SUSPENDED", browser.text("#service-status"));
    assertTrue(SIMULATOR.server("sale-1").getBoolean("blocked"), "blocked in DCImanager");

    browser.find("#commands\\:unsuspend").click();
    assertTrue(Console.okMessage(browser).startsWith("Unsuspend done"));
    assertEquals("ACTIVE", browser.text("#service-status"));
    assertTrue(!SIMULATOR.server("sale-1").getBoolean("blocked"), "unblocked in DCImanager");

    List<String> logged =
        browser.driver().findElements(By.cssSelector("#module-log .log-command")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(logged.contains("CREATE"), logged::toString);
    assertTrue(logged.contains("SUSPEND"), logged::toString);
    assertTrue(logged.contains("UNSUSPEND"), logged::toString);
    assertTrue(
        logged.lastIndexOf("SUSPEND") < logged.lastIndexOf("UNSUSPEND"), "in the order they ran");
  }

  @Test
  void theServicePageFollowsProvisioningWithoutAReload() {
    long product = shop.product("cfg-watch", "");
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), product);

    Console.signIn(browser);
    browser.go("console/service.xhtml?id=" + serviceOf(order));
    assertEquals("PENDING", browser.text("#service-status"));
    assertTrue(browser.text("#progress").contains("waiting for the order"));
    Console.markThisPage(browser);

    // The payment arrives from the payment gateway, as in production: provisioning starts.
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");

    Console.awaitServiceStatus(browser, "ACTIVE");
    assertTrue(Console.samePage(browser), "the page followed without being reloaded");
    assertEquals("watch-1", browser.text("#server").replaceAll(".* · ", ""));
    assertTrue(browser.driver().findElements(By.id("progress")).isEmpty(), "no progress shown");
  }

  /** What the console tests do on every page. */
  static final class Console {

    static final String STAFF = "it-staff";
    static final String STAFF_PASSWORD = "it-staff-password-for-tests-only";

    static void signIn(Browser browser) {
      browser.go("console/index.xhtml");
      browser.find("#sign-in\\:username").sendKeys(STAFF);
      browser.find("#sign-in\\:password").sendKeys(STAFF_PASSWORD);
      browser.find("#sign-in\\:submit").click();
      browser.await(d -> d.getCurrentUrl().contains("/console/"));
    }

    /** The green message of the page, waiting for it. */
    static String okMessage(Browser browser) {
      return browser.text("#messages .ok");
    }

    static void markThisPage(Browser browser) {
      ((JavascriptExecutor) browser.driver()).executeScript("window.metalcartTestMark = 'here';");
    }

    static boolean samePage(Browser browser) {
      return "here"
          .equals(
              ((JavascriptExecutor) browser.driver())
                  .executeScript("return window.metalcartTestMark;"));
    }

    static void awaitServiceStatus(Browser browser, String status) {
      browser.await(
          d -> status.equals(d.findElement(By.id("service-status")).getText()),
          java.time.Duration.ofSeconds(30));
    }
  }
}
