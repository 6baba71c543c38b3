package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor sign-in in a real (headless) browser, on a Metalcart that requires it
 * (metalcart.console.two-factor-required, its own Payara Micro): the member signed in with the
 * password alone can only set it up; the QR code and the key; the first code turns it on and shows
 * the recovery codes once; then a sign-in asks for the code, refuses a wrong one, and lets the
 * right one in.
 */
@ExtendWith(FreshDatabase.EachTest.class)
class TwoFactorRequiredIT {

  @RegisterExtension final Browser browser = new Browser();

  private Process metalcart;

  @AfterEach
  void stop() {
    if (metalcart != null) {
      metalcart.destroyForcibly();
    }
  }

  @Test
  void aMemberSetsUpTheSecondFactorInTheBrowserAndThenSignsInWithIt() throws Exception {
    int port = MicroProcess.freePort();
    metalcart =
        MicroProcess.start(
            Files.createTempDirectory(Path.of("target"), "two-factor-root"),
            port,
            Map.of("METALCART_CONSOLE_TWO_FACTOR_REQUIRED", "true"));
    browser.open(MicroProcess.url(port));

    // The password alone: the console opens on the set-up page, and only there.
    FirstSaleInTheConsole.signIn(browser);
    browser.await(d -> d.getCurrentUrl().contains("/console/two-factor.xhtml"));
    assertTrue(browser.text("#two-factor-off").contains("requires two-factor sign-in"));
    browser.go("console/orders.xhtml");
    browser.await(d -> d.getCurrentUrl().contains("/console/two-factor.xhtml"));

    // Set up: the QR code (drawn as SVG, no script) and the key to type by hand.
    browser.navigate("#enrol\\:begin");
    WebElement qr = browser.find("svg.qr");
    assertTrue(qr.getSize().getWidth() >= 200, "a QR code a phone can scan");
    Authenticator phone = new Authenticator(browser.text("#secret"));
    browser.find("#enrol\\:code").sendKeys("123");
    browser.navigate("#enrol\\:confirm");
    assertTrue(browser.text("#messages").contains("does not match"), "a wrong first code");
    browser.find("#enrol\\:code").sendKeys(phone.code());
    browser.navigate("#enrol\\:confirm");
    assertTrue(browser.text("#two-factor-on").startsWith("On since"));
    List<WebElement> recovery = browser.driver().findElements(By.cssSelector("#recovery-codes li"));
    assertEquals(10, recovery.size());
    assertTrue(recovery.get(0).getText().matches("[a-z2-7]{5}-[a-z2-7]{5}"));
    assertTrue(
        browser.driver().findElements(By.id("manage:turn-off")).isEmpty(),
        "required here: it cannot be turned off");
    browser.go("console/orders.xhtml");
    browser.await(d -> d.getCurrentUrl().contains("/console/orders.xhtml"));

    // Sign out, and in again: the password, then the code.
    browser.navigate("#session\\:sign-out");
    browser.go("console/index.xhtml");
    browser.find("#sign-in\\:username").sendKeys(FirstSaleInTheConsole.STAFF);
    browser.find("#sign-in\\:password").sendKeys(FirstSaleInTheConsole.STAFF_PASSWORD);
    browser.navigate("#sign-in\\:submit");
    browser.await(d -> d.getCurrentUrl().contains("/sign-in-code.xhtml"));
    browser.find("#code-form\\:code").sendKeys(wrong(phone));
    browser.navigate("#code-form\\:verify");
    assertTrue(browser.text("#messages").contains("The code is wrong"));
    browser.go("console/orders.xhtml");
    browser.await(d -> d.getCurrentUrl().contains("/sign-in.xhtml"));
    browser.find("#sign-in\\:username").sendKeys(FirstSaleInTheConsole.STAFF);
    browser.find("#sign-in\\:password").sendKeys(FirstSaleInTheConsole.STAFF_PASSWORD);
    browser.navigate("#sign-in\\:submit");
    browser.find("#code-form\\:code").sendKeys(phone.nextCode());
    browser.navigate("#code-form\\:verify");
    browser.await(d -> d.getCurrentUrl().contains("/console/orders.xhtml"));
    assertEquals(FirstSaleInTheConsole.STAFF, browser.text("#signed-in-as"));
  }

  /** Six digits that are none of the codes the server would take now. */
  private static String wrong(Authenticator phone) {
    List<String> good = List.of(phone.code(), phone.nextCode());
    for (int n = 0; ; n++) {
      String candidate = String.format("%06d", n);
      if (!good.contains(candidate)) {
        return candidate;
      }
    }
  }
}
