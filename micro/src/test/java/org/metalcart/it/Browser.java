package org.metalcart.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the console's browser tests: Debian's chromium driven through Debian's
 * chromedriver (setup/install-chromium.sh puts both there), never a browser Selenium downloads.
 * Registered as an extension, it quits the browser after each test; when the test failed, it first
 * saves a screenshot of the page the test was on (with its HTML and the browser's console) and of
 * each main console page, under target/screenshots/{test class}/{test}/.
 */
final class Browser implements AfterEachCallback {

  static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  /** The pages an operator looks at first: shot when a test fails, whatever page it was on. */
  static final List<String> MAIN_PAGES =
      List.of(
          "console/index.xhtml",
          "console/clients.xhtml",
          "console/orders.xhtml",
          "console/services.xhtml",
          "console/invoices.xhtml",
          "console/runs.xhtml",
          "console/products.xhtml");

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private static final Logger LOG = Logger.getLogger(Browser.class.getName());

  private URL base;

  private WebDriver driver;

  /** Opens a new browser (a fresh profile: no cookies) on Metalcart at {@code base}. */
  WebDriver open(URL base) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    // As the machine's notes advise: headless, as root without the sandbox, and none of Chromium's
    // background traffic, which this machine's closed network would refuse over and over.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900");
    // The page's console (script errors, Content-Security-Policy refusals), saved when a test
    // fails.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PATIENCE);
    return driver;
  }

  WebDriver driver() {
    return driver;
  }

  /** Goes to a page of Metalcart, given by its path without the leading slash. */
  void go(String path) {
    driver.get(base.toString() + path);
  }

  WebElement find(String css) {
    return await(d -> d.findElement(By.cssSelector(css)));
  }

  /**
   * Clicks a link or button that loads another page (or the same page again, as a form's answer)
   * and waits until the new page has replaced this one, so that what the test reads next is the
   * answer and not the page it came from.
   */
  void navigate(String css) {
    WebElement current = driver.findElement(By.tagName("html"));
    find(css).click();
    await(d -> gone(current));
  }

  /**
   * Whether the element left the page. Chromium 156 reports a node of a replaced document either as
   * stale or, now and then, as an inspector error, "Node with given id does not belong to the
   * document": both mean gone.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /**
   * The text of the element, read again if the page replaced the element meanwhile (the service
   * page re-renders itself while it follows provisioning).
   */
  String text(String css) {
    return await(d -> d.findElement(By.cssSelector(css)).getText());
  }

  /** Waits until {@code condition} holds (a non-null, non-false answer) and returns its answer. */
  <T> T await(Function<WebDriver, T> condition) {
    return await(condition, PATIENCE);
  }

  <T> T await(Function<WebDriver, T> condition, Duration patience) {
    return new WebDriverWait(driver, patience, Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (driver == null) {
      return;
    }
    try {
      if (context.getExecutionException().isPresent()) {
        screenshots(
            Path.of(
                "target",
                "screenshots",
                context.getRequiredTestClass().getSimpleName(),
                context.getRequiredTestMethod().getName()));
      }
    } finally {
      driver.quit();
      driver = null;
    }
  }

  private void screenshots(Path folder) {
    try {
      Files.createDirectories(folder);
      shoot(folder.resolve("at-failure.png"));
      Files.writeString(folder.resolve("at-failure.html"), driver.getPageSource());
      Files.write(
          folder.resolve("at-failure.console.txt"),
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::toString)
              .toList());
      for (String page : MAIN_PAGES) {
        go(page);
        shoot(folder.resolve(page.replace("console/", "").replace(".xhtml", ".png")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      // A screenshot that cannot be taken must not hide the test's own failure.
      LOG.warning(() -> "Could not save every screenshot: " + e);
    }
  }

  private void shoot(Path file) throws IOException {
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
