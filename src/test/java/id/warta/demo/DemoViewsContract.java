package id.warta.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.epaper.EditionService;
import id.warta.popular.PageViewCounter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's page views on a first start, with the view counter's scheduled flush running while the
 * load's transaction is open. Runs on SQLite ({@code DemoViewsTest}) and PostgreSQL ({@code
 * DemoViewsIT}), each on an empty database of its own (the spy makes a context of its own).
 */
abstract class DemoViewsContract {
  @Autowired DemoContent demo;
  @Autowired PageViewCounter views;
  @Autowired MockMvc mvc;
  @MockitoSpyBean EditionService editions;

  @Test
  void beritaPopulerListsTheSeedArticleEvenWhenViewsAreFlushedDuringTheLoad() throws Exception {
    // The edition is the last thing the load stores, after the demo's readers: the scheduler's
    // flush comes then, on its own thread, before the load commits.
    doAnswer(
            call -> {
              CompletableFuture.runAsync(views::flush).join();
              return call.callRealMethod();
            })
        .when(editions)
        .upload(any());
    assertThat(demo.isEmpty()).isTrue();

    demo.load();

    var response = mvc.perform(get("/populer")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    var page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    // The demo's readers read the seed article 40 times and more: it is among the most read.
    assertThat(page.select(".main-column .cards h2").eachText())
        .contains(PageImporterContract.SEED_TITLE);
  }
}
