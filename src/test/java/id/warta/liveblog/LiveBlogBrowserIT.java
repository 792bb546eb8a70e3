package id.warta.liveblog;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.BrowserTest;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSummary;
import id.warta.article.TestContent;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A reader keeps a live article open in a real browser (Debian's headless Chromium) while the
 * newsroom posts: the new entry appears on the page within the polling interval, without a reload,
 * through the page cache as in production.
 */
@BrowserTest
class LiveBlogBrowserIT {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ArticleRepository articles;
  @Autowired LiveBlogService live;

  ChromeDriver browser;

  @BeforeEach
  void open() {
    browser = Browser.shared(1280, 900);
  }

  @Test
  void aNewEntryAppearsWithoutAReload() {
    var content = TestContent.of(context);
    var section = content.section("Kanal Peramban");
    long article =
        content
            .article(section, content.author("Reporter"))
            .title(TestContent.unique("Final Piala Dunia"))
            .create();
    live.start(article);
    live.post(article, new EntryDraft("Babak pertama dimulai.", null, "", false, false), "editor");
    var a = articles.findById(article).orElseThrow();

    browser.get("http://localhost:" + port + ArticleSummary.path(section.slug(), a.id(), a.slug()));
    assertThat(browser.findElements(By.cssSelector(".live-entries > li"))).hasSize(1);
    browser.executeScript("window.samePage = 'ya';");

    live.post(
        article,
        new EntryDraft("GOL! Skor 1-0.", null, "https://youtu.be/dQw4w9WgXcQ", false, true),
        "editor");

    // The script polls every 4 s; a reader sees the entry within 5 s (1 s more for a busy machine).
    Browser.waiting(browser, Duration.ofSeconds(6))
        .until(d -> d.findElements(By.cssSelector(".live-entries > li")).size() == 2);
    var first = browser.findElement(By.cssSelector(".live-entries > li"));
    assertThat(first.getText()).contains("GOL! Skor 1-0.");
    assertThat(browser.executeScript("return window.samePage")).as("no reload").isEqualTo("ya");
    assertThat(browser.findElement(By.cssSelector(".live-key-events")).getText())
        .contains("GOL! Skor 1-0.");
    assertThat(browser.findElement(By.cssSelector(".live-status")).getText())
        .isEqualTo("1 pembaruan baru");
    // The embed waits for a click: a button (shown by the script), and no frame yet.
    assertThat(first.findElement(By.cssSelector(".embed-load")).isDisplayed()).isTrue();
    assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();
    first.findElement(By.cssSelector(".embed-load")).click();
    assertThat(first.findElement(By.tagName("iframe")).getAttribute("src"))
        .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
  }
}
