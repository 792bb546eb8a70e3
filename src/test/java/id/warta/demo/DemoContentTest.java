package id.warta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.TestDataDirectory;
import id.warta.epaper.EditionRepository;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/** A first start on an empty database: the demo content, its printed edition among it. */
@SpringBootTest(
    properties = {
      "warta.demo.enabled=true",
      "warta.site.name=Warta Demo",
      "warta.scheduling.enabled=false",
      "spring.session.jdbc.cleanup-cron=-"
    })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDataDirectory.class)
class DemoContentTest {
  @Autowired MockMvc mvc;
  @Autowired EditionService editions;
  @Autowired EditionRepository repository;

  @Test
  void aNewUserSeesTheEditionsBlockAndCanReadIt() throws Exception {
    var demo = editions.recent(10);
    assertThat(demo).hasSize(1);
    var ready = editions.awaitProcessing(demo.getFirst().editionId(), Duration.ofSeconds(120));
    assertThat(ready.status()).isEqualTo(EditionStatus.READY);
    assertThat(ready.pageCount()).isEqualTo(8);

    Document home = page("/");
    var block = home.selectFirst("section.epaper");
    assertThat(block.selectFirst("h2").text()).isEqualTo("E-Paper Media Indonesia");
    assertThat(block.selectFirst(".focus-extra").text())
        .isEqualTo("HALAMAN FOKUS EKSTRA 4 HALAMAN");
    assertThat(block.selectFirst(".focus-label").text()).isEqualTo("Fokus Edisi");
    assertThat(block.selectFirst(".focus-title").text()).isEqualTo("Atletik Jadi Lumbung Medali");
    assertThat(block.selectFirst(".focus-teaser").text())
        .isEqualTo(
            "SALAH satu cabang olahraga yang akan sangat menarik untuk disaksikan di Olimpiade 2020"
                + " ialah atletik.");
    assertThat(block.selectFirst("a.button").text()).isEqualTo("Baca E-Paper");
    String editionPath = block.selectFirst("a.button").attr("href");
    assertThat(editionPath).isEqualTo("/epaper/" + ready.editionDate());

    Document edition = page(editionPath);
    assertThat(edition.select(".page-grid li")).hasSize(8);
    assertThat(edition.selectFirst(".focus-title a").attr("href")).isEqualTo(editionPath + "/4");
    assertThat(edition.select(".page-grid .badge")).hasSize(4);

    var texts = repository.findPageTexts(ready.editionId());
    assertThat(texts.getFirst().text()).startsWith("Media Indonesia");
    assertThat(texts.get(3).text())
        .contains("Atletik Jadi Lumbung Medali")
        .contains("SALAH satu cabang olahraga");
  }

  private Document page(String path) throws Exception {
    var response = mvc.perform(get(path)).andReturn().getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
  }
}
