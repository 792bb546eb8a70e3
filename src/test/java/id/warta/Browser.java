package id.warta;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, kept off the network. Browser tests run only where
 * chromium and chromedriver are installed; under CI=true their absence is a failure.
 *
 * <p>Starting Chromium costs seconds (more on a loaded machine), so browser tests take the JVM's
 * one {@link #shared} browser, which each call hands over as a new one would be: a single new tab,
 * no cookies, no stored data for the sites visited before, no cache, no implicit wait. A test that
 * needs a browser to die (a crash) opens its own with {@link #open} and quits it.
 */
public final class Browser implements ExecutionCondition {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  private static ChromeDriver shared;

  /** Origins the shared browser has been on: their stored data is cleared for the next test. */
  private static final Set<String> visited = new LinkedHashSet<>();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (CHROMIUM.canExecute() && CHROMEDRIVER.canExecute()) {
      return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing: apt-get install"
              + " chromium chromium-driver");
    }
    return ConditionEvaluationResult.disabled(
        "SKIPPED: browser test needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install"
            + " chromium chromium-driver)");
  }

  /**
   * The JVM's browser in the state of a new one, its window width × height; do not quit it (it is
   * quit when the JVM ends). Tests using it run one at a time, as JUnit runs them here.
   */
  public static synchronized ChromeDriver shared(int width, int height) {
    if (shared != null) {
      try {
        reset(shared);
      } catch (WebDriverException e) {
        // a browser that no longer answers is replaced, not reused
        quietly(shared);
        shared = null;
      }
    }
    if (shared == null) {
      shared = open(width, height);
      ChromeDriver started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> quietly(started)));
    }
    shared.manage().window().setSize(new Dimension(width, height));
    return shared;
  }

  private static void reset(ChromeDriver driver) {
    try {
      driver.switchTo().alert().dismiss();
    } catch (NoAlertPresentException e) {
      // none open
    }
    remember(driver.getCurrentUrl());
    // A new tab has no session storage and no history; the old ones are closed.
    String old = driver.getWindowHandle();
    Set<String> before = driver.getWindowHandles();
    driver.switchTo().newWindow(WindowType.TAB);
    String fresh = driver.getWindowHandle();
    for (String handle : before) {
      driver.switchTo().window(handle);
      driver.close();
    }
    driver.switchTo().window(fresh);
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    for (String origin : visited) {
      driver.executeCdpCommand(
          "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    if (old.equals(fresh)) {
      throw new IllegalStateException("no new tab was opened");
    }
  }

  private static void remember(String url) {
    if (url != null && url.startsWith("http")) {
      URI uri = URI.create(url);
      visited.add(uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort());
    }
  }

  private static void quietly(ChromeDriver driver) {
    try {
      driver.quit();
    } catch (RuntimeException e) {
      // already gone
    }
  }

  /** A new headless browser with a fresh profile, for a test that quits it itself. */
  public static ChromeDriver open(int width, int height) {
    try {
      Path profile = Files.createTempDirectory("warta-chromium-");
      var options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height,
          "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
      var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
      var driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves what the browser shows under target/screenshots. */
  public static Path screenshot(ChromeDriver driver, String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A wait that looks again every 50 ms: Selenium's default of 500 ms adds up to seconds over a
   * journey of page loads.
   */
  public static WebDriverWait waiting(WebDriver browser, Duration timeout) {
    var wait = new WebDriverWait(browser, timeout, Duration.ofMillis(50));
    // An element found on the page before it reloaded is asked for again, as a reader would look
    // again: a wait that read its text as the page changed failed with this exception.
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /**
   * Whether the page has no such element, asked without the implicit wait (which would otherwise
   * spend all of it looking for what is rightly not there); the browser's wait is kept.
   */
  public static boolean absent(WebDriver browser, By what) {
    var timeouts = browser.manage().timeouts();
    Duration implicit = timeouts.getImplicitWaitTimeout();
    timeouts.implicitlyWait(Duration.ZERO);
    try {
      return browser.findElements(what).isEmpty();
    } finally {
      timeouts.implicitlyWait(implicit);
    }
  }
}
