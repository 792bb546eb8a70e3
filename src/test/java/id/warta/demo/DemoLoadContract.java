package id.warta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.EmptyDatabase;
import id.warta.epaper.EditionQueued;
import id.warta.epaper.EditionRepository;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.popular.PageViewCounter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo content loaded on an empty database, as a first start loads it, with the view counter's
 * scheduled flush running while the load's transaction is open. Runs on SQLite ({@code
 * DemoLoadTest}) and PostgreSQL ({@code DemoLoadIT}) in the shared context, emptied before and
 * after. That the demo loads on a first start is {@code ReaderJourneyIT}'s and the jar smoke
 * test's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoLoadContract {
  @Autowired DemoContent demo;
  @Autowired PageViewCounter views;
  @Autowired MockMvc mvc;
  @Autowired EditionService editions;
  @Autowired EditionRepository repository;
  @Autowired ConfigurableApplicationContext context;

  /**
   * The edition is the last thing the load stores, after the demo's readers: the flush comes then,
   * on its own thread, before the load commits.
   */
  private final class FlushWhenTheEditionIsQueued
      implements ApplicationListener<PayloadApplicationEvent<?>> {
    boolean flushed;

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
      if (event.getPayload() instanceof EditionQueued) {
        CompletableFuture.runAsync(views::flush).join();
        flushed = true;
      }
    }
  }

  @BeforeAll
  void loadTheDemoWhileViewsAreFlushed() {
    EmptyDatabase.empty(context);
    assertThat(demo.isEmpty()).isTrue();
    var flush = new FlushWhenTheEditionIsQueued();
    context.addApplicationListener(flush);
    try {
      demo.load();
    } finally {
      context.removeApplicationListener(flush);
    }
    assertThat(flush.flushed).as("views flushed during the load").isTrue();
  }

  @AfterAll
  void leaveAnEmptyDatabase() {
    // The edition's pages are rendered after the commit: done before its rows go.
    for (var edition : editions.recent(10)) {
      editions.awaitProcessing(edition.editionId(), Duration.ofSeconds(120));
    }
    EmptyDatabase.empty(context);
  }

  @Test
  void beritaPopulerListsTheSeedArticleEvenWhenViewsAreFlushedDuringTheLoad() throws Exception {
    // The demo's readers read the seed article 40 times and more: it is among the most read.
    assertThat(page("/populer").select(".main-column .cards h2").eachText())
        .contains(PageImporterContract.SEED_TITLE);
  }

  @Test
  void aNewUserSeesTheEditionsBlockAndCanReadIt() throws Exception {
    var demoEditions = editions.recent(10);
    assertThat(demoEditions).hasSize(1);
    var ready =
        editions.awaitProcessing(demoEditions.getFirst().editionId(), Duration.ofSeconds(120));
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
