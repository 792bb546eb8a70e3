package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.BrowserTest;
import id.warta.article.TestContent;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The writing tool in a real browser on a phone-sized screen: the rich-text editor with its word
 * count, a library photo and an embed, and typing restored in a fresh browser after the first one
 * crashed. Tag suggestions and the static pages' editor: {@link DeskFormsBrowserIT}.
 */
@BrowserTest
class DeskEditorBrowserIT {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Autosaves autosaves;

  ChromeDriver browser;

  /** A browser of the test's own (one that crashes), not the shared one. */
  ChromeDriver own;

  @AfterEach
  void close() {
    if (own != null) {
      own.quit();
    }
  }

  @Test
  void typingKeptOnTheServerIsRestoredInAFreshBrowserAfterACrashAndClearedBySaving() {
    var content = TestContent.of(context);
    var section = content.section("Kanal Penyunting");
    var author = content.author("Penulis Penyunting");
    NewsroomUser writer = Staff.of(context).create(Role.WRITER, author.id());
    String title = TestContent.unique("Banjir Rob Genangi Pesisir");
    var photo = content.image("Warta/Rina", "Air rob di jalan pesisir", "Jalan tergenang");

    browser = own = Browser.open(412, 915);
    login(writer);
    browser.get(url("/redaksi/artikel/baru"));
    waitForEditor();
    // A real toolbar and a word count, on a phone-sized screen.
    assertThat(browser.findElements(By.cssSelector("button.tox-tbtn"))).isNotEmpty();
    // In Indonesian (our language pack: the WebJar has none): the toolbar and the link dialog.
    assertThat(
            browser.findElements(By.cssSelector(".tox-toolbar button")).stream()
                .map(b -> b.getAttribute("aria-label"))
                .toList())
        .contains("Tebal", "Miring", "Daftar berbutir", "Daftar bernomor", "Kutipan", "Urungkan");
    browser
        .findElement(By.cssSelector(".tox-toolbar button[aria-label='Sisipkan/ubah tautan']"))
        .click();
    WebElement dialog =
        wait(20).until(d -> d.findElement(By.cssSelector(".tox-dialog .tox-dialog__title")));
    assertThat(dialog.getText()).isEqualTo("Sisipkan/Ubah Tautan");
    assertThat(
            browser.findElements(By.cssSelector(".tox-dialog label")).stream()
                .map(WebElement::getText)
                .toList())
        .contains("Alamat (URL)", "Teks yang ditampilkan");
    browser
        .findElement(By.xpath("//div[@class='tox-dialog']//button[normalize-space(.)='Batal']"))
        .click();
    wait(20).until(d -> d.findElements(By.cssSelector(".tox-dialog")).isEmpty());
    browser.findElement(By.id("judul")).sendKeys(title);
    browser.switchTo().frame(browser.findElement(By.cssSelector(".tox-edit-area iframe")));
    WebElement editable = browser.findElement(By.id("tinymce"));
    editable.click();
    new org.openqa.selenium.interactions.Actions(browser)
        .sendKeys("Air laut naik sampai ke jalan raya pagi ini")
        .perform();
    browser.switchTo().defaultContent();
    wait(20)
        .withMessage(
            () ->
                "word count shows: "
                    + browser.findElement(By.id("isi-hitung")).getText()
                    + " / body: "
                    + browser.executeScript("return tinymce.get('isi-berita').getContent()"))
        .until(d -> browser.findElement(By.id("isi-hitung")).getText().startsWith("9 kata"));
    assertThat(browser.findElement(By.id("isi-hitung")).getText())
        .isEqualTo("9 kata \u00b7 sekitar 1 menit membaca");

    // Kept on the server (what the 30-second timer does), then the browser dies without saving.
    browser.executeScript("window.wartaAutosaveNow()");
    wait(20).until(d -> autosaves.find(writer.id(), Autosaves.NEW_ARTICLE).isPresent());
    browser.quit();

    // A fresh browser (no local copy) offers the server's copy.
    browser = Browser.shared(412, 915);
    login(writer);
    browser.get(url("/redaksi/artikel/baru"));
    waitForEditor();
    assertThat(browser.findElement(By.id("judul")).getAttribute("value")).isEmpty();
    // When it was typed, in the newsroom's zone (WIB) whatever the browser's (this one's is UTC).
    var typedAt =
        autosaves.find(writer.id(), Autosaves.NEW_ARTICLE).orElseThrow().savedAt().atZone(WIB);
    assertThat(browser.findElement(By.cssSelector(".notice.autosave p")).getText())
        .startsWith("Ada ketikan yang belum disimpan dari ")
        .contains(String.valueOf(typedAt.getYear()))
        .endsWith(DateTimeFormatter.ofPattern("HH.mm").format(typedAt) + " WIB.");
    browser.findElement(By.xpath("//button[text()='Pulihkan ketikan itu']")).click();
    assertThat(browser.findElement(By.id("judul")).getAttribute("value")).isEqualTo(title);
    wait(20)
        .until(
            d ->
                String.valueOf(
                        browser.executeScript("return tinymce.get('isi-berita').getContent()"))
                    .contains("Air laut naik sampai ke jalan raya pagi ini"));

    // A photo from the library, picked by its thumbnail, and an embed.
    browser
        .findElement(By.xpath("//button[contains(@class,'tox-tbtn')][normalize-space(.)='Foto']"))
        .click();
    wait(20)
        .until(
            d ->
                !d.findElements(
                        By.cssSelector(".photo-dialog .thumb img[src*='" + photo.fileKey() + "']"))
                    .isEmpty());
    browser
        .findElement(By.cssSelector(".photo-dialog .thumb img[src*='" + photo.fileKey() + "']"))
        .click();
    // On a phone the photo fits the editing area: nothing to scroll sideways.
    wait(20)
        .until(
            d ->
                (Boolean)
                    browser.executeScript(
                        "var doc = tinymce.get('isi-berita').getDoc();"
                            + " var img = doc.querySelector('figure img');"
                            + " return !!img && img.complete"
                            + " && doc.documentElement.scrollWidth"
                            + " <= doc.documentElement.clientWidth;"));
    // The plain textarea's HTML hint is not shown over the rich-text editor.
    assertThat(browser.findElement(By.id("isi-bantuan")).isDisplayed()).isFalse();
    browser
        .findElement(
            By.xpath("//button[contains(@class,'tox-tbtn')][normalize-space(.)='Sematkan']"))
        .click();
    browser.switchTo().alert().sendKeys("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    browser.switchTo().alert().accept();

    new Select(browser.findElement(By.id("kanal"))).selectByValue(String.valueOf(section.id()));
    browser.findElement(By.cssSelector("button[value=SIMPAN]")).click();
    wait(20).until(d -> d.getCurrentUrl().matches(".*/redaksi/artikel/\\d+$"));
    assertThat(autosaves.find(writer.id(), Autosaves.NEW_ARTICLE)).isEmpty();

    // The preview shows the photo as a figure with its credit, and the embed as a block that
    // loads nothing from YouTube until clicked.
    browser.get(browser.getCurrentUrl() + "/pratinjau");
    WebElement figure = browser.findElement(By.cssSelector(".body figure.inline-photo"));
    // The style sheet sets credits in capitals, as under the lead photo.
    assertThat(figure.findElement(By.cssSelector(".credit")).getText()).isEqualTo("WARTA/RINA");
    assertThat(figure.findElement(By.cssSelector(".caption")).getText())
        .isEqualTo("Air rob di jalan pesisir");
    assertThat(browser.findElement(By.cssSelector(".body .embed a")).getAttribute("href"))
        .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assertThat(browser.findElements(By.cssSelector("iframe"))).isEmpty();
    // A click loads the player in place, from YouTube's no-cookie host.
    browser.findElement(By.cssSelector(".body .embed button.embed-load")).click();
    WebElement player =
        wait(20).until(d -> d.findElement(By.cssSelector(".body .embed iframe.embed-frame")));
    assertThat(player.getAttribute("src"))
        .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    assertThat(browser.findElements(By.cssSelector(".body .embed a"))).isEmpty();

    // The saved story is not offered again in the new-article form.
    browser.get(url("/redaksi/artikel/baru"));
    waitForEditor();
    assertThat(browser.findElements(By.xpath("//button[text()='Pulihkan ketikan itu']"))).isEmpty();
  }

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private void waitForEditor() {
    wait(30)
        .until(
            d ->
                (Boolean)
                    browser.executeScript(
                        "return !!(window.tinymce && tinymce.get('isi-berita') &&"
                            + " tinymce.get('isi-berita').initialized)"));
  }

  private WebDriverWait wait(int seconds) {
    return Browser.waiting(browser, Duration.ofSeconds(seconds));
  }

  private void login(NewsroomUser user) {
    Staff.logIn(browser, url(""), user);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
