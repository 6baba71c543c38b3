package org.metalcart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.metalcart.dcim.SimulatorControl;

/**
 * The admin console on a full server (Payara Server or WildFly): the seed's first sale walked in
 * headless Chromium as on Payara Micro, and the session rules that depend on the server (the
 * session cookie's attributes, a sign-in that does not open the API).
 */
class ConsoleSmokeIT {

  private static final SimulatorControl SIMULATOR = SmokeInventory.SIMULATOR;

  @RegisterExtension final Browser browser = new Browser();

  private final URL app = url();
  private final Api api = new Api(app);
  private final Shop shop = new Shop(api);

  @BeforeAll
  static void inventory() {
    SmokeInventory.ensure();
  }

  @Test
  void anOperatorMakesTheFirstSaleInTheConsole() {
    long product = shop.product("cfg-console", ", \"ipv4Count\": 1");
    String productName = api.get("products/" + product, Api.ADMIN).json().getString("name");
    browser.open(app);
    FirstSaleInTheConsole.walk(browser, SIMULATOR, productName, "console-1");
  }

  @Test
  void aWrongPasswordIsRefusedTheCookieIsStrictAndASignInDoesNotOpenTheApi() {
    ConsoleClient console = new ConsoleClient(app);
    HttpResponse<String> stranger = console.get("console/services.xhtml");
    assertEquals(302, stranger.statusCode());
    assertTrue(stranger.headers().firstValue("Location").orElseThrow().contains("/sign-in.xhtml"));

    HttpResponse<String> wrong =
        console.signIn(FirstSaleInTheConsole.STAFF, "not-the-password", null);
    assertEquals(401, wrong.statusCode(), wrong::body);
    assertTrue(wrong.body().contains("The username or the password is wrong."));
    assertEquals(302, console.get("console/services.xhtml").statusCode(), "still signed out");

    HttpResponse<String> signedIn =
        console.signIn(FirstSaleInTheConsole.STAFF, FirstSaleInTheConsole.STAFF_PASSWORD, null);
    assertEquals(302, signedIn.statusCode(), signedIn::body);
    String cookie = String.join("\n", signedIn.headers().allValues("Set-Cookie")).toLowerCase();
    assertTrue(cookie.contains("httponly"), cookie);
    assertTrue(cookie.contains("samesite=strict"), cookie);
    assertEquals(200, console.get("console/services.xhtml").statusCode());
    assertEquals(401, console.get("api/v1/products").statusCode());
  }

  private static URL url() {
    try {
      return new URL(System.getProperty("metalcart.url"));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("metalcart.url is not a URL", e);
    }
  }
}
