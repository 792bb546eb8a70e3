package id.warta;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, kept off the network. Browser tests run only where
 * chromium and chromedriver are installed; under CI=true their absence is a failure.
 */
public final class Browser implements ExecutionCondition {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

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

  /** A new headless browser with a fresh profile; quit it when done. */
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
}
