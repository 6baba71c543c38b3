package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.metalcart.dcim.SimulatorControl;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The seed's first sale (marketconnect-first-sale.txt), done by an operator in the admin console:
 * sign in, Orders → Add New Order, Accept with Run Module Create, the green confirmation, the
 * service Active on its server (followed without a reload), Suspend (confirmed) and Unsuspend with
 * their results, both in the module log. Walked on Payara Micro (ConsoleFirstSaleIT) and on the
 * full servers (the smoke suite).
 */
final class FirstSaleInTheConsole {

  static final String STAFF = "it-staff";
  static final String STAFF_PASSWORD = "it-staff-password-for-tests-only";

  private FirstSaleInTheConsole() {}

  /**
   * Walks the sale of a server of {@code product} to a new client, added first; the simulator's
   * only free server for that product is {@code serverName}.
   */
  static void walk(
      Browser browser, SimulatorControl simulator, String productName, String serverName) {
    signIn(browser);
    assertEquals("Dashboard", browser.text("h1"));

    // Clients → Add Client
    String client = "alice" + Api.unique();
    browser.navigate("#nav-clients");
    browser.navigate("#add-client");
    browser.find("#client\\:username").sendKeys(client);
    browser.find("#client\\:email").sendKeys(client + "@example.com");
    browser.find("#client\\:name").sendKeys("Alice Example");
    browser.navigate("#client\\:submit");
    assertTrue(okMessage(browser).contains("Client " + client + " added"));

    // Orders → Add New Order
    browser.navigate("#nav-orders");
    browser.navigate("#add-new-order");
    browser.find("#order\\:client").sendKeys(client);
    new Select(browser.find("#order\\:product")).selectByVisibleText(productName);
    browser.await(d -> new Select(d.findElement(By.id("order:cycle"))).getOptions().size() > 0);
    assertEquals(
        "MONTHLY",
        new Select(browser.find("#order\\:cycle")).getFirstSelectedOption().getAttribute("value"));
    browser.find("#order\\:hostname").sendKeys("web1.firstsale.example");
    browser.find("#order\\:password").sendKeys(Shop.PASSWORD);
    browser.navigate("#order\\:submit");

    assertTrue(okMessage(browser).contains("placed for " + client), "order placed");
    String orderNumber = browser.text("#order-number");
    assertEquals("Pending", browser.text("#order-status"));

    // Accept Order, Run Module Create checked by default
    WebElement runModuleCreate = browser.find("#actions\\:run-module-create");
    assertTrue(runModuleCreate.isSelected(), "Run Module Create is checked by default");
    browser.navigate("#actions\\:accept");
    String accepted = okMessage(browser);
    assertTrue(accepted.contains("Order " + orderNumber + " accepted"), accepted);
    assertTrue(accepted.contains("Module Create is running"), accepted);
    assertEquals("Active", browser.text("#order-status"));

    // The service: Active on its server, found without reloading the page
    browser.navigate("a[id$='service']");
    markThisPage(browser);
    awaitServiceStatus(browser, "Active");
    assertTrue(samePage(browser), "the page showed Active without being reloaded");
    assertEquals(orderNumber, browser.text("#order-number"));
    assertEquals(serverName, browser.text("#server").replaceAll(".* · ", ""));
    assertEquals(2, browser.text("#ips").split(", ").length, "main address + 1 ordered");
    String account = browser.text("#account");
    assertTrue(account.contains(client + "@example.com"), account);
    assertTrue(browser.text("#next-due").matches("\\d{4}-\\d{2}-\\d{2}"));

    // Suspend asks first, then blocks the server
    browser.navigate("#commands\\:suspend");
    assertTrue(browser.text("#confirm-question").startsWith("Suspend web1.firstsale"));
    browser.find("#commands\\:reason").sendKeys("abuse report 42");
    browser.navigate("#commands\\:confirm-command");
    assertTrue(okMessage(browser).startsWith("Suspend done"));
    assertEquals("Suspended", browser.text("#service-status"));
    assertTrue(simulator.server(serverName).getBoolean("blocked"), "blocked in DCImanager");

    browser.navigate("#commands\\:unsuspend");
    assertTrue(okMessage(browser).startsWith("Unsuspend done"));
    assertEquals("Active", browser.text("#service-status"));
    assertTrue(!simulator.server(serverName).getBoolean("blocked"), "unblocked in DCImanager");

    List<String> logged =
        browser.driver().findElements(By.cssSelector("#module-log .log-command")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(logged.contains("CREATE"), logged::toString);
    assertTrue(logged.contains("SUSPEND"), logged::toString);
    assertTrue(logged.contains("UNSUSPEND"), logged::toString);
    assertTrue(
        logged.lastIndexOf("SUSPEND") < logged.lastIndexOf("UNSUSPEND"), "in the order they ran");

    // The client's page: the e-mails the sale and the commands sent (each written with its event)
    browser.navigate("#client");
    List<String> subjects =
        browser.driver().findElements(By.cssSelector("#emails .email-subject")).stream()
            .map(e -> e.getAttribute("textContent").strip())
            .toList();
    assertTrue(
        subjects.contains("Your dedicated server web1.firstsale.example is ready"),
        subjects::toString);
    assertTrue(
        subjects.stream().anyMatch(t -> t.contains("has been suspended")), subjects::toString);
    assertTrue(subjects.stream().anyMatch(t -> t.contains("is active again")), subjects::toString);
  }

  static void signIn(Browser browser) {
    browser.go("console/index.xhtml");
    browser.find("#sign-in\\:username").sendKeys(STAFF);
    browser.find("#sign-in\\:password").sendKeys(STAFF_PASSWORD);
    browser.navigate("#sign-in\\:submit");
    browser.await(d -> d.getCurrentUrl().contains("/console/"));
  }

  /** The green message of the page, waiting for it. */
  static String okMessage(Browser browser) {
    return browser.find("#messages .ok").getText();
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
        Duration.ofSeconds(30));
  }
}
