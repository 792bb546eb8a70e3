package id.warta.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.Browser;
import id.warta.BrowserTest;
import id.warta.article.TestContent;
import id.warta.platform.desk.NewsroomUser;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import id.warta.wire.WireFixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A wire item to a published article in a real browser: an editor finds the agency's item in the
 * queue, takes it ("Ambil") into a section, publishes the draft, and readers see it with its
 * dateline and the agency as source.
 */
@BrowserTest
class WireBrowserIT {
  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void anEditorTakesAWireItemAndPublishesIt() throws Exception {
    Section section = TestContent.of(context).section("Nusantara");
    NewsroomUser editor = Staff.of(context).create(Role.EDITOR);
    String headline = TestContent.unique("Gempa Guncang Cianjur");
    var wires = WireFixtures.of(context);
    long source = wires.source("ANTARA");
    wires.deliver(
        source,
        WireFixtures.newsItem(
            "urn:antara:uji:" + headline.hashCode(),
            1,
            "usable",
            headline,
            "<p>Gempa bermagnitudo 5,6 mengguncang Cianjur pada Senin siang.</p><p>Warga"
                + " berhamburan keluar rumah.</p>"));

    ChromeDriver browser = Browser.shared(1280, 1600);
    var wait = Browser.waiting(browser, Duration.ofSeconds(20));
    browser.get(url("/redaksi/masuk"));
    browser.findElement(By.id("nama")).sendKeys(editor.username());
    browser.findElement(By.id("sandi")).sendKeys(Staff.PASSWORD);
    browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
    wait.until(d -> !d.findElements(By.cssSelector(".who")).isEmpty());

    browser.findElement(By.linkText("Kawat")).click();
    wait.until(d -> !d.findElements(By.linkText(headline)).isEmpty());
    assertThat(
            browser
                .findElement(By.xpath("//tr[td/a[text()='" + headline + "']]/td[@class='urgency']"))
                .getText())
        .isEqualTo("2");
    browser.findElement(By.linkText(headline)).click();
    wait.until(d -> !d.findElements(By.cssSelector("form.take")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("dd.dateline")).getText()).isEqualTo("JAKARTA");
    new Select(browser.findElement(By.id("sectionId"))).selectByValue(String.valueOf(section.id()));
    browser.findElement(By.cssSelector("form.take button[type=submit]")).click();

    wait.until(
        d ->
            d.findElements(By.cssSelector(".notice")).stream()
                .anyMatch(e -> e.getText().contains("Berita kawat diambil sebagai draf")));
    assertThat(browser.findElement(By.id("judul")).getAttribute("value")).isEqualTo(headline);
    assertThat(browser.findElement(By.id("sumber")).getAttribute("value")).isEqualTo("ANTARA");
    browser.findElement(By.cssSelector("button[value=TERBITKAN]")).click();
    wait.until(
        d ->
            d.findElements(By.cssSelector(".notice")).stream()
                .anyMatch(e -> e.getText().contains("diterbitkan")));
    Browser.screenshot(browser, "wire-published-draft");
    browser.get(browser.findElement(By.linkText("Lihat di situs")).getAttribute("href"));

    assertThat(browser.findElement(By.cssSelector("h1#judul")).getText()).isEqualTo(headline);
    String body = browser.findElement(By.cssSelector(".body")).getText();
    assertThat(body).contains("JAKARTA - Gempa bermagnitudo 5,6").contains("(ANTARA");
    Browser.screenshot(browser, "wire-published-article");
  }
}
