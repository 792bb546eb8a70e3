package id.warta.site;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.TestDataDirectory;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A reader on a phone-sized screen opens the home page of a new installation (demo content),
 * follows the seed article's headline and reads it.
 */
@ExtendWith(Browser.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"warta.demo.enabled=true", "warta.site.name=Mediaindonesia.com"})
@ContextConfiguration(initializers = TestDataDirectory.class)
class ReaderJourneyIT {
  static final String TITLE = "Junta Myanmar Berterima Kasih Atas Dukungan Rusia";

  @LocalServerPort int port;
  ChromeDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.shared(412, 915);
  }

  @Test
  void aReaderFollowsTheHeadlineToTheSeedArticleAndReadsIt() throws Exception {
    browser.get("http://localhost:" + port + "/");
    assertThat(browser.getTitle()).isEqualTo("Mediaindonesia.com");
    // Module headings are set in capitals by the style sheet, as the reader sees them.
    assertThat(texts(".module-title"))
        .contains("BERITA TERKINI", "BERITA POPULER", "BENIHBAIK.COM", "MG NEWS", "BERITA WEEKEND");

    browser.findElement(By.linkText(TITLE)).click();

    assertThat(browser.getCurrentUrl())
        .endsWith("/junta-myanmar-berterima-kasih-atas-dukungan-rusia");
    assertThat(browser.getTitle()).isEqualTo(TITLE + " - Mediaindonesia.com");
    assertThat(browser.findElement(By.cssSelector(".dateline")).getText())
        .isEqualTo("Rabu 23 Juni 2021, 12:15 WIB");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
    assertThat(browser.findElement(By.cssSelector(".byline")).getText())
        .isEqualTo("Nur Aivanni | Internasional");
    WebElement photo = browser.findElement(By.cssSelector(".lead-photo img"));
    boolean loaded =
        Browser.waiting(browser, Duration.ofSeconds(30))
            .until(
                d ->
                    (Boolean)
                        browser.executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0",
                            photo));
    assertThat(loaded).as("the lead photo loads").isTrue();
    assertThat(browser.findElement(By.cssSelector(".lead-photo figcaption")).getText())
        .startsWith("AFP")
        .contains("Kepala junta Myanmar Jenderal Min Aung Hlaing");
    assertThat(browser.findElement(By.cssSelector(".body p")).getText())
        .startsWith("KEPALA junta Myanmar berterima kasih");
    assertThat(browser.findElement(By.cssSelector(".body")).getText())
        .contains("(Malay Mail/OL-13)");
    assertThat(browser.findElement(By.cssSelector(".read-also")).getText())
        .isEqualTo("Baca Juga: Portugal Khawatirkan Gelombang Keempat Covid-19");
    assertThat(texts(".related .card-title"))
        .containsExactly(
            "Jerman Wajibkan Pelancong Tunjukkan Surat Vaksinasi",
            "Kerala Umumkan Karantina saat Kasus Harian di India Menurun",
            "Vaksin Raib Saat Penduduk Mulai Antre di Dataran Tinggi Bolivia");
    assertThat(browser.findElement(By.cssSelector(".related .meta")).getText())
        .isEqualTo("👤Mediaindonesia.com 🕔Jumat 30 Juli 2021, 00:21 WIB");

    // On a phone the story is one readable column: nothing wider than the screen.
    long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
    long viewport = (Long) browser.executeScript("return window.innerWidth");
    assertThat(scrollWidth).isLessThanOrEqualTo(viewport);

    var shot = Browser.screenshot(browser, "reader-seed-article");
    assertThat(Files.size(shot)).isPositive();
  }

  private java.util.List<String> texts(String css) {
    return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}
