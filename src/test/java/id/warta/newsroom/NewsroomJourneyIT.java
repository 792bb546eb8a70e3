package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.BrowserTest;
import id.warta.article.TestContent;
import id.warta.author.Author;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The newsroom in a real browser: a writer signs in, uploads a photo, writes an article with it and
 * submits it; an editor publishes it from the review queue; readers then find it in Berita Terkini,
 * on its section page and in the Indeks. Runs Debian's Chromium headless.
 */
@BrowserTest
class NewsroomJourneyIT {
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  WebDriver browser;
  Path profile;

  @BeforeEach
  void startBrowser() {
    browser = Browser.shared(1280, 1800);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void login(NewsroomUser user) {
    Staff.logIn(browser, url(""), user);
  }

  private void logout() {
    browser.findElement(By.cssSelector("header form button.link")).click();
    assertThat(browser.findElement(By.cssSelector(".notice")).getText())
        .isEqualTo("Anda sudah keluar.");
  }

  /** Waits for the page after a form post: its notice, written after the redirect. */
  private void waitForNotice(String text) {
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d ->
                d.findElements(By.cssSelector(".notice")).stream()
                    .anyMatch(e -> e.getText().contains(text)));
  }

  private List<String> links(String path, String selector) {
    browser.get(url(path));
    return browser.findElements(By.cssSelector(selector)).stream()
        .map(WebElement::getText)
        .toList();
  }

  @Test
  void writerWritesEditorPublishesReadersFindIt() throws Exception {
    var content = TestContent.of(context);
    Section section = content.section("Nusantara");
    Author author = content.author("Rina Wartawan");
    var staff = Staff.of(context);
    NewsroomUser writer = staff.create(Role.WRITER, author.id());
    NewsroomUser editor = staff.create(Role.EDITOR);
    String title = TestContent.unique("Nelayan Pantura Sambut Musim Ikan");

    // The writer uploads a photo to the library.
    login(writer);
    browser.get(url("/redaksi/media"));
    Path photo = Files.createTempFile("nelayan-", ".jpg");
    Files.write(photo, Images.jpegWithGps());
    browser.findElement(By.id("berkas")).sendKeys(photo.toAbsolutePath().toString());
    browser.findElement(By.id("kredit")).sendKeys("Warta/Rina");
    browser.findElement(By.id("keterangan")).sendKeys("Perahu nelayan bersandar di Pantura");
    browser.findElement(By.id("alt")).sendKeys("Deretan perahu nelayan di dermaga");
    browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();
    waitForNotice("Foto diunggah");
    assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Foto diunggah");

    // ... writes the article with it and submits it.
    browser.get(url("/redaksi/artikel/baru"));
    browser.findElement(By.id("judul")).sendKeys(title);
    // Typing is kept in the browser: after a reload (or a crash) it can be put back.
    var js = (org.openqa.selenium.JavascriptExecutor) browser;
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> ((Number) js.executeScript("return localStorage.length")).intValue() > 0);
    browser.navigate().refresh();
    assertThat(browser.findElement(By.id("judul")).getAttribute("value")).isEmpty();
    browser.findElement(By.xpath("//button[text()='Pulihkan ketikan itu']")).click();
    assertThat(browser.findElement(By.id("judul")).getAttribute("value")).isEqualTo(title);
    new Select(browser.findElement(By.id("kanal"))).selectByValue(String.valueOf(section.id()));
    assertThat(new Select(browser.findElement(By.id("penulis"))).getAllSelectedOptions())
        .extracting(WebElement::getText)
        .containsExactly(author.name());
    browser.findElement(By.id("ringkasan")).sendKeys("Hasil tangkapan melimpah di awal musim.");
    // The body is written in the rich-text editor (TinyMCE), which keeps the form's field.
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30))
        .until(
            d ->
                (Boolean)
                    js.executeScript(
                        "return !!(window.tinymce && tinymce.get('isi-berita') &&"
                            + " tinymce.get('isi-berita').initialized)"));
    js.executeScript(
        "tinymce.get('isi-berita').setContent(arguments[0])",
        "<p>Nelayan di pesisir utara Jawa menyambut musim ikan dengan gembira.</p><p>Harga ikan di"
            + " pelelangan stabil.</p>");
    new Select(browser.findElement(By.id("foto"))).selectByIndex(1);
    browser.findElement(By.id("sumber")).sendKeys("Antara");
    browser.findElement(By.id("kodeEditor")).sendKeys("RN-7");
    browser.findElement(By.id("tag")).sendKeys("Nelayan, Pantura");
    browser.findElement(By.cssSelector("button[value=AJUKAN]")).click();
    waitForNotice("diajukan ke editor");
    assertThat(browser.findElement(By.cssSelector(".status")).getText())
        .startsWith("Menunggu tinjauan");
    assertThat(Browser.absent(browser, By.cssSelector("button[value=TERBITKAN]"))).isTrue();
    logout();

    // The editor publishes it from the review queue.
    login(editor);
    browser.get(url("/redaksi/antrean"));
    browser.findElement(By.linkText(title)).click();
    browser.findElement(By.cssSelector("button[value=TERBITKAN]")).click();
    waitForNotice("diterbitkan");
    assertThat(browser.findElement(By.cssSelector(".status")).getText()).startsWith("Terbit");
    browser.get(browser.findElement(By.linkText("Lihat di situs")).getAttribute("href"));

    // Readers see it, with its photo, and find it in the lists.
    assertThat(browser.findElement(By.cssSelector("h1#judul")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.cssSelector(".lead-photo .credit")).getText())
        .isEqualToIgnoringCase("Warta/Rina");
    assertThat(browser.findElement(By.cssSelector(".body")).getText())
        .contains("NELAYAN")
        .contains("(Antara/RN-7)");
    String src = browser.findElement(By.cssSelector(".lead-photo img")).getAttribute("currentSrc");
    var http = java.net.http.HttpClient.newHttpClient();
    var image =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(src)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(image.statusCode()).as(src).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    Object width =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "const img = document.querySelector('.lead-photo img'); const done = arguments[0];"
                    + " if (img.complete) done(img.naturalWidth); else img.onload = () =>"
                    + " done(img.naturalWidth);");
    assertThat(((Number) width).intValue()).as("lead photo decoded in the browser").isPositive();
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.write(
        shots.resolve("newsroom-journey-article.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

    assertThat(links("/", "section[aria-labelledby=m-berita-terkini] a")).contains(title);
    assertThat(links("/" + section.slug(), "main a")).contains(title);
    assertThat(links("/indeks", "main a")).contains(title);
    Files.write(
        shots.resolve("newsroom-journey-indeks.png"),
        ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
