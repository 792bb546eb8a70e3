package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.BrowserTest;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.epaper.EditionUpload;
import id.warta.epaper.TestPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page reader in a real browser (Debian's headless Chromium): the arrow keys turn pages, the
 * "go to page" form works, and typing in the form does not turn pages. Skipped where Chromium is
 * missing, except under CI=true.
 */
@BrowserTest
class EpaperKeyboardIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String DRIVER = "/usr/bin/chromedriver";

  @LocalServerPort int port;
  @Autowired EditionService editions;

  private WebDriver browser;
  private Path profile;

  @BeforeEach
  void startBrowser() {
    browser = Browser.shared(800, 600);
  }

  @Test
  void arrowKeysTurnThePagesAndTheFormOpensAnyPage() {
    LocalDate date = TestPdfs.uniqueDate();
    var queued =
        editions.upload(
            EditionUpload.withoutFocus(TestPdfs.pages(3, "Papan ketik"), date, "Media Indonesia"));
    assertThat(editions.awaitProcessing(queued.editionId(), Duration.ofSeconds(60)).status())
        .isEqualTo(EditionStatus.READY);
    String base = "http://localhost:" + port + "/epaper/" + date;
    var wait = Browser.waiting(browser, Duration.ofSeconds(20));

    browser.get(base + "/1");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halaman 1 dari 3");
    browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
    wait.until(ExpectedConditions.urlToBe(base + "/2"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halaman 2 dari 3");
    browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
    wait.until(ExpectedConditions.urlToBe(base + "/1"));

    var input = browser.findElement(By.id("ke-halaman"));
    input.sendKeys(Keys.ARROW_RIGHT); // moves the caret, not the page
    assertThat(browser.getCurrentUrl()).isEqualTo(base + "/1");
    input.clear();
    input.sendKeys("3", Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(base + "/3"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Halaman 3 dari 3");
  }
}
