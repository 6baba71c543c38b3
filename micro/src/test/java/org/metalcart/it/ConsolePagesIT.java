package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.metalcart.it.Shop.inStatus;
import static org.metalcart.it.Shop.invoiceOf;
import static org.metalcart.it.Shop.serviceOf;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metalcart.dcim.SimulatorControl;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's other pages in a real browser: clients with their Products/Services tab, the
 * service list's search, Record Payment, a dry run of a nightly job, products with their module
 * settings, the dashboard's provisioning failures, and the confirmation of Terminate.
 */
class ConsolePagesIT extends DeployedMetalcart {

  private static final SimulatorControl SIMULATOR =
      new SimulatorControl("http://127.0.0.1:" + System.getProperty("dcim.port"));

  @RegisterExtension final Browser browser = new Browser();

  private Shop shop;

  @BeforeAll
  static void inventory() {
    SIMULATOR.reset(
        TestInventory.of(
            """
            {"name": "pay-1", "configuration": "cfg-pay", "type": "T1"},
            {"name": "term-1", "configuration": "cfg-term", "type": "T1"},
            {"name": "dry-1", "configuration": "cfg-dry", "type": "T1"},
            {"name": "ctl-c1", "configuration": "cfg-console-ctl", "type": "T1"},
            {"name": "low-1", "configuration": "cfg-low", "type": "T1"},
            {"name": "plan-1", "configuration": "cfg-plan-console", "type": "T1"},
            {"name": "pwr-1", "configuration": "cfg-console-power", "type": "T1"},
            {"name": "stock-1", "configuration": "cfg-console-stock", "type": "T1"},
            {"name": "stock-2", "configuration": "cfg-console-stock", "type": "T1"}
            """));
  }

  @BeforeEach
  void open() {
    shop = new Shop(api);
    SIMULATOR.installSeconds(0.3);
    browser.open(deployment);
    FirstSaleInTheConsole.signIn(browser);
  }

  @Test
  void aClientIsFoundAndTheirProfileListsTheirServicesWithTheOrder() {
    long clientId = shop.client(Api.ADMIN);
    String username = api.get("clients/" + clientId, Api.ADMIN).json().getString("username");
    JsonObject order = shop.order(Api.ADMIN, clientId, shop.product("cfg-none", ""));

    browser.navigate("#nav-clients");
    browser.find("#q").sendKeys(username.substring(0, 6).toUpperCase());
    browser.navigate("#search-submit");
    browser.await(d -> d.getCurrentUrl().contains("q="));
    List<String> found = texts("#clients a[id$='client']");
    assertEquals(List.of(username), found, "a prefix of the username, in any case");

    browser.navigate("#clients a[id$='client']");
    assertEquals(username, browser.text("#username"));
    assertEquals("Products/Services", browser.text("#products-services-tab"));
    assertEquals(order.getString("orderNumber"), browser.text("#services .order-number"));
    browser.navigate("#services a[id$='view-order']");
    assertEquals(order.getString("orderNumber"), browser.text("#order-number"));
  }

  @Test
  void aClientWithABadUsernameIsRefusedNamingTheFieldAndNothingIsStored() {
    browser.navigate("#nav-clients");
    browser.navigate("#add-client");
    browser.find("#client\\:username").sendKeys("Bad Name!");
    browser.find("#client\\:email").sendKeys("not-an-address");
    browser.navigate("#client\\:submit");
    assertTrue(browser.text("#client").contains("The username must be 3 to 32 lower-case"));
    assertTrue(browser.text("#client").contains("Enter an e-mail address such as"));
    assertEquals(
        0, api.get("clients?username=Bad%20Name!", Api.ADMIN).json().getInt("total"), "nothing");
  }

  @Test
  void theServiceListSearchesByHostname() {
    long product = shop.product("cfg-none", "");
    long client = shop.client(Api.ADMIN);
    String hostname = "find-me-" + Api.unique() + ".example";
    Api.Reply placed = api.post("orders", Api.ADMIN, Shop.orderOf(client, product, hostname));
    assertEquals(201, placed.status(), placed::toString);

    browser.go("console/services.xhtml?q=" + hostname.substring(0, 14));
    assertEquals(List.of(hostname), texts("#services .hostname"));
    browser.go("console/services.xhtml?q=no-such-host-anywhere");
    assertEquals("none", browser.text("#range"));
  }

  @Test
  void recordPaymentPaysTheInvoiceAndStartsProvisioning() {
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-pay", ""));
    browser.go("console/invoice.xhtml?id=" + invoiceOf(order));
    assertEquals("Unpaid", browser.text("#invoice-status"));

    // Without a transaction id nothing is recorded.
    browser.navigate("#payment\\:record");
    assertTrue(browser.text("#payment").contains("Enter the transaction id"));
    assertEquals("Unpaid", browser.text("#invoice-status"));

    browser.find("#payment\\:transaction").sendKeys("wire-" + Api.unique());
    assertEquals("138.00", browser.find("#payment\\:amount").getAttribute("value"));
    browser.navigate("#payment\\:record");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).contains("The invoice is paid"));
    assertEquals("Paid", browser.text("#invoice-status"));
    assertEquals(1, browser.driver().findElements(By.cssSelector("#payments tbody tr")).size());
    assertTrue(browser.text("#payments").contains("138.00 USD"), browser.text("#payments"));
    String lines = browser.text("#lines");
    assertTrue(lines.contains("#" + serviceOf(order)), lines);
    assertTrue(lines.contains(" USD"), lines);
    assertTrue(browser.text("#client").contains("("), "the client by name and username");
    shop.awaitService(serviceOf(order), inStatus("ACTIVE"));
  }

  @Test
  void aDryRunShowsWhatTheExpiryJobWouldBlockAndBlocksNothing() {
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-dry", ""));
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    long service = shop.awaitService(serviceOf(order), inStatus("ACTIVE")).getInt("id");
    LocalDate overdue = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    assertEquals(
        200,
        api.patch("services/" + service, Api.ADMIN, "{\"nextDueDate\": \"" + overdue + "\"}")
            .status());

    browser.navigate("#nav-runs");
    browser.find("#start\\:job option[value='EXPIRY_BLOCK']").click();
    browser.navigate("#start\\:dry-run");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).contains("Dry run #"));
    browser.await(
        d -> !List.of("Starting", "Running").contains(d.findElement(By.id("run-status")).getText()),
        Duration.ofSeconds(60));
    assertEquals("Completed", browser.text("#run-status"));
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#outcomes tbody tr"));
    assertTrue(
        rows.stream()
            .anyMatch(r -> r.getText().startsWith("#" + service) && r.getText().contains("Would")),
        () -> rows.stream().map(WebElement::getText).toList().toString());
    assertEquals("ACTIVE", shop.service(service).getString("status"), "a dry run blocks nothing");
  }

  @Test
  void cancellingAnOrderAsksFirstThenCancelsItsServiceAndInvoice() {
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-none", ""));
    browser.go("console/order.xhtml?id=" + order.getInt("id"));

    browser.navigate("#actions\\:cancel");
    assertTrue(browser.text("#actions\\:confirm").startsWith("Cancel this order?"));
    browser.navigate("#actions\\:keep");
    assertEquals("Pending", browser.text("#order-status"), "No keeps it");

    browser.navigate("#actions\\:cancel");
    browser.navigate("#actions\\:confirm-close");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).contains("cancelled"));
    assertEquals("Cancelled", browser.text("#order-status"));
    assertEquals(
        "CANCELLED", api.get("invoices/" + invoiceOf(order), Api.ADMIN).json().getString("status"));
    shop.awaitService(serviceOf(order), inStatus("CANCELLED"));
  }

  @Test
  void theWebhookLogShowsEachDeliveryWithItsAttemptsAndRedeliversOne() {
    try (WebhookReceiver receiver = new WebhookReceiver(502, 200)) {
      Api.Credential cart = api.newCart();
      Api.Reply hook =
          api.post(
              "webhooks",
              cart,
              "{\"url\": \"" + receiver.url() + "\", \"events\": [\"order.placed\"]}");
      assertEquals(201, hook.status(), hook::toString);
      shop.order(cart, shop.client(cart), shop.product("cfg-shown-hook", ""));
      Shop.await(receiver::received, r -> r.size() == 2, "a failed attempt, then the delivery");

      browser.navigate("#nav-webhooks");
      assertTrue(
          browser.driver().findElements(By.cssSelector("#endpoints .endpoint-url")).stream()
              .anyMatch(e -> e.getText().equals(receiver.url())),
          "the endpoint is listed");
      WebElement row =
          browser
              .driver()
              .findElements(By.cssSelector("#deliveries-form\\:deliveries tbody tr"))
              .get(0);
      assertTrue(row.getText().contains("order.placed"), row.getText());
      assertTrue(row.getText().contains("Delivered"), row.getText());
      String attempts = row.findElement(By.cssSelector("details")).getAttribute("textContent");
      assertTrue(attempts.contains("502") && attempts.contains("200"), attempts);

      row.findElement(By.cssSelector("input[id$='redeliver']")).click();
      assertTrue(FirstSaleInTheConsole.okMessage(browser).contains("queued again"));
      Shop.await(receiver::received, r -> r.size() == 3, "the redelivery");
      assertEquals(204, api.delete("webhooks/" + hook.json().getJsonNumber("id"), cart).status());
    }
  }

  @Test
  void aProductShowsItsModuleSettings() {
    long product = shop.product("cfg-shown", ", \"dontWaitOsInstall\": true");
    String name = api.get("products/" + product, Api.ADMIN).json().getString("name");
    browser.navigate("#nav-products");
    browser.driver().findElement(By.linkText(name)).click();
    assertEquals("cfg-shown", browser.text("#package-name"));
    assertEquals("yes", browser.text("#dont-wait"));
  }

  @Test
  void theDashboardListsAFailedProvisioningAndCountsServices() {
    JsonObject order =
        shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-missing", ""));
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    shop.awaitService(serviceOf(order), Shop.failed());

    browser.navigate("#nav-dashboard");
    String failures = browser.text("#failures");
    assertTrue(failures.contains("#" + serviceOf(order)), failures);
    assertTrue(failures.toLowerCase().contains("no free server"), failures);
    long pending =
        Long.parseLong(browser.find("#counts [data-status='PENDING']").getText().strip());
    assertTrue(pending >= 1, "pending services: " + pending);
  }

  @Test
  void terminateAsksFirstAndARefusedCommandIsRed() {
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-term", ""));
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    long service = shop.awaitService(serviceOf(order), inStatus("ACTIVE")).getInt("id");
    browser.go("console/service.xhtml?id=" + service);

    browser.navigate("#commands\\:unsuspend");
    String refused = browser.find("#messages .failed").getText();
    assertTrue(refused.startsWith("Unsuspend failed"), refused);

    browser.navigate("#commands\\:terminate");
    assertTrue(browser.text("#confirm-question").contains("cannot be undone"));
    browser.navigate("#commands\\:keep");
    assertEquals("Active", browser.text("#service-status"));
    assertEquals("ACTIVE", shop.service(service).getString("status"), "No kept it");

    browser.navigate("#commands\\:terminate");
    browser.navigate("#commands\\:confirm-command");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).startsWith("Terminate done"));
    assertEquals("Terminated", browser.text("#service-status"));
    assertEquals("free.ds", SIMULATOR.server("term-1").getString("domain"), "back in the pool");
  }

  @Test
  void rebootAsksFirstAndReinstallTakesATemplateAndANewPassword() {
    JsonObject order =
        shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-console-ctl", ""));
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    long service = shop.awaitService(serviceOf(order), inStatus("ACTIVE")).getInt("id");
    long resets = SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/power_reset");
    browser.go("console/service.xhtml?id=" + service);

    browser.navigate("#commands\\:reboot");
    assertTrue(browser.text("#confirm-question").contains("resets the server"));
    browser.navigate("#commands\\:keep");
    assertEquals(
        resets, SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/power_reset"), "No kept it");
    browser.navigate("#commands\\:reboot");
    browser.navigate("#commands\\:confirm-command");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).startsWith("Reboot done"));
    assertEquals(resets + 1, SIMULATOR.callsOf("v6:POST /dci/v3/server/{id}/power_reset"));

    browser.navigate("#commands\\:reinstall");
    assertTrue(browser.text("#confirm-question").contains("erased"));
    new Select(browser.find("#commands\\:template")).selectByVisibleText("Ubuntu 24.04");
    browser.find("#commands\\:new-password").sendKeys("N3w-Root-Passw0rd");
    browser.navigate("#commands\\:confirm-command");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).startsWith("Reinstall OS started"));
    Shop.await(
        () -> SIMULATOR.server("ctl-c1").getJsonObject("os_template").getString("name"),
        "Ubuntu 24.04"::equals,
        "the reinstall on DCImanager");
    assertTrue(
        !browser.driver().getPageSource().contains("N3w-Root-Passw0rd"),
        "the password is not written back into the page");

    String console = browser.driver().getWindowHandle();
    browser.find("#panel-login\\:open-panel").click();
    Shop.await(() -> browser.driver().getWindowHandles().size(), n -> n == 2, "the panel's tab");
    String panel =
        browser.driver().getWindowHandles().stream()
            .filter(h -> !h.equals(console))
            .findFirst()
            .orElseThrow();
    browser.driver().switchTo().window(panel);
    String signedIn = browser.text("#signed-in");
    assertTrue(signedIn.startsWith("Signed in to DCImanager as "), signedIn);
    browser.driver().close();
    browser.driver().switchTo().window(console);
  }

  @Test
  void theDashboardWarnsOfAPlanRunningOutOfServersAndTheProductsShowTheirStock() {
    Api.Reply plan =
        api.post(
            "products",
            Api.ADMIN,
            """
            {"name": "Low %s", "moduleSettings": {"packageName": "cfg-low", "osTemplate": "Debian 12"},
             "prices": [{"cycle": "MONTHLY", "amount": 50.00}], "lowStockThreshold": 5}
            """
                .formatted(Api.unique()));
    assertEquals(201, plan.status(), plan::toString);
    String name = plan.json().getString("name");

    browser.go("console/index.xhtml");
    String warning = browser.text("#low-stock");
    assertTrue(warning.contains(name + ": 1 free server(s), fewer than 5"), warning);

    browser.go("console/product.xhtml?id=" + plan.json().getJsonNumber("id"));
    assertEquals("1 free", browser.text("#stock"));

    long id = plan.json().getJsonNumber("id").longValue();
    browser.navigate("#retire\\:ask");
    assertTrue(browser.text("#confirm-question").contains("takes no new orders"));
    browser.navigate("#retire\\:confirm-retire");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).startsWith("Retired"));
    assertTrue(browser.text("#retired").startsWith("Retired"));
    Api.Reply refused =
        api.post("orders", Api.ADMIN, Shop.orderOf(shop.client(Api.ADMIN), id, null));
    assertEquals(422, refused.status(), refused::toString);
  }

  @Test
  void aPlanIsWrittenFromWhatDcimanagerOffersAndEditedWhileSoldServicesKeepTheirPrice() {
    SIMULATOR.faults(
        "{\"fail\": {\"function\": \"v6:GET /dci/v3/server/configuration\", \"count\": 1}}");
    browser.go("console/products.xhtml");
    browser.navigate("#add-plan");
    String unavailable = browser.text("#choices-unavailable");
    assertTrue(unavailable.contains("cannot be read"), unavailable);
    assertTrue(!browser.driver().findElements(By.id("plan:package-name-typed")).isEmpty());
    SIMULATOR.clearFaults();

    browser.go("console/product-edit.xhtml");
    String name = "Console plan " + Api.unique();
    browser.find("#plan\\:name").sendKeys(name);
    Select packages = new Select(browser.find("#plan\\:package-name"));
    assertTrue(
        packages.getOptions().stream().anyMatch(o -> o.getText().equals("cfg-plan-console")),
        "DCImanager's configurations are offered");
    packages.selectByVisibleText("cfg-plan-console");
    new Select(browser.find("#plan\\:os-template")).selectByVisibleText("Ubuntu 24.04");
    new Select(browser.find("#plan\\:ip-pool")).selectByVisibleText("public");
    new Select(browser.find("#plan\\:stock-policy")).selectByVisibleText("Refuse as out of stock");
    new Select(browser.find("#plan\\:auto-setup")).selectByVisibleText("On payment");
    browser.find("#plan\\:prices\\:0\\:amount").sendKeys("60");
    browser.find("#plan\\:prices\\:2\\:amount").sendKeys("330.00");
    browser.find("#plan\\:prices\\:2\\:setup-fee").sendKeys("25");
    browser.navigate("#plan\\:save");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).startsWith("Plan " + name + " added"));
    assertEquals("cfg-plan-console", browser.text("#package-name"));
    assertTrue(browser.text("#stock-policy").contains("refused"));
    String prices = browser.text("#prices");
    assertTrue(prices.contains("Semi-annually 330.00 USD 25.00 USD"), prices);

    long id =
        Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    JsonObject order = shop.order(Api.ADMIN, shop.client(Api.ADMIN), id);
    browser.navigate("#edit");
    WebElement monthly = browser.find("#plan\\:prices\\:0\\:amount");
    assertEquals("60.00", monthly.getAttribute("value"), "the form holds the plan's values");
    monthly.clear();
    monthly.sendKeys("65.50");
    browser.find("#plan\\:name").sendKeys(" v2");
    browser.navigate("#plan\\:save");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).contains("keep their price"));

    JsonObject plan = api.get("products/" + id, Api.ADMIN).json();
    assertEquals(name + " v2", plan.getString("name"));
    assertEquals(
        0,
        new BigDecimal("65.50")
            .compareTo(
                plan.getJsonArray("prices")
                    .getJsonObject(0)
                    .getJsonNumber("amount")
                    .bigDecimalValue()));
    assertEquals("REFUSE", plan.getString("stockPolicy"));
    assertEquals(
        0,
        new BigDecimal("60")
            .compareTo(
                shop.service(serviceOf(order)).getJsonNumber("recurringAmount").bigDecimalValue()),
        "the service sold before keeps its price");
  }

  @Test
  void powerOffAsksFirstPowerOnDoesNotAndChangePasswordIsRefusedOnDcimanager6() {
    JsonObject order =
        shop.order(Api.ADMIN, shop.client(Api.ADMIN), shop.product("cfg-console-power", ""));
    shop.pay(Api.ADMIN, invoiceOf(order), "tx-" + Api.unique(), "138.00");
    long service = shop.awaitService(serviceOf(order), inStatus("ACTIVE")).getInt("id");
    browser.go("console/service.xhtml?id=" + service);

    browser.navigate("#commands\\:power-off");
    assertTrue(browser.text("#confirm-question").contains("stays off"));
    browser.navigate("#commands\\:confirm-command");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).startsWith("Power off done"));
    assertEquals("off", SIMULATOR.server("pwr-1").getString("power_status"));

    browser.navigate("#commands\\:power-on");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).startsWith("Power on done"));
    assertEquals("on", SIMULATOR.server("pwr-1").getString("power_status"));

    browser.navigate("#commands\\:change-password");
    assertTrue(browser.text("#confirm-question").contains("DCImanager account"));
    browser.find("#commands\\:new-password").sendKeys("An0ther-Passw0rd");
    browser.navigate("#commands\\:confirm-command");
    String refused = browser.find("#messages .failed").getText();
    assertTrue(refused.startsWith("Change password failed"), refused);
    assertTrue(refused.contains("(version 6)"), refused);
    assertEquals("Active", browser.text("#service-status"));
  }

  @Test
  void aClientsDetailsAreEditedAndAnEmailAnotherClientHasIsRefused() {
    long client = shop.client(Api.ADMIN);
    long other = shop.client(Api.ADMIN);
    String taken = api.get("clients/" + other, Api.ADMIN).json().getString("email");
    browser.go("console/client.xhtml?id=" + client);
    browser.navigate("#edit-client");

    WebElement email = browser.find("#client\\:email");
    email.clear();
    email.sendKeys(taken.toUpperCase());
    browser.navigate("#client\\:save");
    String refused = browser.find("#messages .failed").getText();
    assertTrue(refused.contains(taken), refused);

    String fresh = "renamed-" + Api.unique() + "@example.com";
    email = browser.find("#client\\:email");
    email.clear();
    email.sendKeys(fresh);
    WebElement name = browser.find("#client\\:name");
    name.clear();
    name.sendKeys("Renamed Client");
    browser.navigate("#client\\:save");
    assertTrue(FirstSaleInTheConsole.okMessage(browser).endsWith("saved."));
    assertEquals(fresh, browser.text("#email"));
    JsonObject stored = api.get("clients/" + client, Api.ADMIN).json();
    assertEquals("Renamed Client", stored.getString("name"));
    assertEquals(fresh, stored.getString("email"));
  }

  @Test
  void theOrderFormShowsThePlansStockInItsCurrencyAndNoRetiredPlan() {
    long plan = shop.product("cfg-console-stock", "");
    long retired = shop.product("cfg-console-stock", "");
    assertEquals(200, api.post("products/" + retired + "/retire", Api.ADMIN, "").status());
    String name = api.get("products/" + plan, Api.ADMIN).json().getString("name");
    String retiredName = api.get("products/" + retired, Api.ADMIN).json().getString("name");

    browser.go("console/order-new.xhtml");
    Select products = new Select(browser.find("#order\\:product"));
    assertTrue(
        products.getOptions().stream().noneMatch(o -> o.getText().equals(retiredName)),
        "a retired plan is not offered");
    products.selectByVisibleText(name);
    String stock =
        browser.await(
            d -> {
              String text = d.findElement(By.id("order:stock")).getText();
              return text.isEmpty() ? null : text;
            });
    assertTrue(stock.startsWith("2 free"), stock);
    assertTrue(stock.contains("waits for a server"), stock);
    String cycle = new Select(browser.find("#order\\:cycle")).getFirstSelectedOption().getText();
    assertTrue(cycle.startsWith("Monthly – "), cycle);
    assertTrue(cycle.contains(" USD"), cycle);
  }

  private List<String> texts(String css) {
    browser.find(css);
    return browser.driver().findElements(By.cssSelector(css)).stream()
        .map(WebElement::getText)
        .toList();
  }
}
