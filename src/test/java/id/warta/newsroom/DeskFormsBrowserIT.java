package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.BrowserTest;
import id.warta.article.TestContent;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The newsroom's forms around the writing tool in a real browser: tag suggestions as a writer
 * types, and the static pages written with the articles' editor. The writing tool itself: {@link
 * DeskEditorBrowserIT}.
 */
@BrowserTest
class DeskFormsBrowserIT {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  ChromeDriver browser;

  @Test
  void tagSuggestionsOfferExistingTagsAndNameTheOneAlreadyThere() {
    var content = TestContent.of(context);
    var section = content.section("Kanal Tag Saran");
    var author = content.author("Penulis Tag");
    String tag = "Pemilu Serentak " + TestContent.unique("X").replaceAll("[^0-9]", "");
    content.article(section, author).title(TestContent.unique("Debat Calon")).tags(tag).create();
    NewsroomUser writer = Staff.of(context).create(Role.WRITER, author.id());

    browser = Browser.shared(412, 915);
    login(writer);
    browser.get(url("/redaksi/artikel/baru"));
    WebElement input = browser.findElement(By.id("tag"));
    input.sendKeys("Banjir, pemilu ser");
    // The datalist offers the existing tag, keeping what was typed before the last comma.
    wait(20)
        .withMessage("suggestions for 'pemilu ser'")
        .until(
            d ->
                browser.findElements(By.cssSelector("#tag-saran option")).stream()
                    .anyMatch(o -> ("Banjir, " + tag).equals(o.getAttribute("value"))));
    // Typing the same tag in another spelling names the one that exists.
    input.clear();
    input.sendKeys(tag.toUpperCase(java.util.Locale.ROOT));
    wait(20)
        .withMessage("note on a near-duplicate tag")
        .until(
            d ->
                browser
                    .findElement(By.id("tag-ada"))
                    .getText()
                    .equals("Tag ini sudah ada sebagai \u201c" + tag + "\u201d."));
  }

  @Test
  void staticPagesAreWrittenWithTheSameEditor() {
    NewsroomUser editor = Staff.of(context).create(Role.EDITOR);
    long page =
        context
            .getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
            .sql("SELECT id FROM static_page WHERE slug = 'tentang-kami'")
            .query(Long.class)
            .single();

    browser = Browser.shared(1280, 900);
    login(editor);
    browser.get(url("/redaksi/halaman/" + page));
    wait(30)
        .until(
            d ->
                (Boolean)
                    browser.executeScript(
                        "return !!(window.tinymce && tinymce.get('isi-halaman') &&"
                            + " tinymce.get('isi-halaman').initialized)"));
    assertThat(browser.findElements(By.cssSelector("button.tox-tbtn"))).isNotEmpty();
    assertThat(browser.findElement(By.id("isi-hitung")).getText()).contains("kata");
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
