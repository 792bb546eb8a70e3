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
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The review desk in a real browser: a writer submits, the editor sends the article back with a
 * note, the writer reads the note, fixes the article and resubmits, the editor publishes it.
 */
@BrowserTest
class ReviewFlowBrowserIT {
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
    waitFor(".notice", "Anda sudah keluar.");
  }

  /** The body is written in the rich-text editor (TinyMCE), which keeps the form's field. */
  private void writeBody(String html) {
    var js = (org.openqa.selenium.JavascriptExecutor) browser;
    Browser.waiting(browser, Duration.ofSeconds(30))
        .until(
            d ->
                (Boolean)
                    js.executeScript(
                        "return !!(window.tinymce && tinymce.get('isi-berita') &&"
                            + " tinymce.get('isi-berita').initialized)"));
    js.executeScript("tinymce.get('isi-berita').setContent(arguments[0])", html);
  }

  private void waitFor(String selector, String text) {
    Browser.waiting(browser, Duration.ofSeconds(20))
        .until(
            d ->
                d.findElements(By.cssSelector(selector)).stream()
                    .anyMatch(e -> e.getText().contains(text)));
  }

  @Test
  void submitReturnWithNoteWriterSeesItResubmitPublish() {
    var content = TestContent.of(context);
    Section section = content.section("Daerah");
    Author author = content.author("Dewi Peliput");
    var staff = Staff.of(context);
    NewsroomUser writer = staff.create(Role.WRITER, author.id());
    NewsroomUser editor = staff.create(Role.EDITOR);
    String title = TestContent.unique("Jalan Desa Diperbaiki");

    login(writer);
    browser.get(url("/redaksi/artikel/baru"));
    browser.findElement(By.id("judul")).sendKeys(title);
    new Select(browser.findElement(By.id("kanal"))).selectByValue(String.valueOf(section.id()));
    writeBody("<p>Jalan desa mulai diaspal.</p>");
    browser.findElement(By.cssSelector("button[value=AJUKAN]")).click();
    waitFor(".notice", "diajukan ke editor");
    String article = browser.getCurrentUrl();
    logout();

    login(editor);
    browser.get(url("/redaksi/antrean"));
    assertThat(
            browser
                .findElement(By.xpath("//tr[td/a[text()='" + title + "']]/td[@class='submitted']"))
                .getText())
        .contains(writer.displayName());
    browser.findElement(By.linkText(title)).click();
    browser.findElement(By.id("catatan")).sendKeys("Sebutkan panjang jalan dan sumber dananya.");
    browser.findElement(By.cssSelector("button[value=KEMBALIKAN]")).click();
    waitFor(".notice", "dikembalikan ke penulis");
    logout();

    login(writer);
    browser.get(article);
    assertThat(browser.findElement(By.cssSelector(".review-note .note")).getText())
        .isEqualTo("Sebutkan panjang jalan dan sumber dananya.");
    writeBody("<p>Jalan desa sepanjang 3 km diaspal dengan dana desa.</p>");
    browser.findElement(By.cssSelector("button[value=AJUKAN]")).click();
    waitFor(".notice", "diajukan ke editor");
    assertThat(Browser.absent(browser, By.cssSelector(".review-note"))).isTrue();
    logout();

    login(editor);
    browser.get(url("/redaksi/antrean"));
    browser.findElement(By.linkText(title)).click();
    browser.findElement(By.cssSelector("button[value=TERBITKAN]")).click();
    waitFor(".notice", "diterbitkan");
    browser.get(browser.findElement(By.linkText("Lihat di situs")).getAttribute("href"));
    assertThat(browser.findElement(By.cssSelector("h1#judul")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.cssSelector(".body")).getText()).contains("3 km");
  }
}
