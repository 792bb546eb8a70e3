package id.warta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.warta.article.ArticleKeys;
import id.warta.platform.ChangeFeed;
import id.warta.platform.ChangeListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A command run while the site is up (issue 17.4): {@code import-page} writes beside the running
 * site, which holds the search index, and the site indexes the new article from the change feed.
 */
@WartaTest
class CommandBesideSiteTest {
  static final String SEED_TITLE = "Junta Myanmar Berterima Kasih Atas Dukungan Rusia";

  @Autowired Environment environment;
  @Autowired ChangeFeed feed;
  @Autowired MockMvc mvc;

  @Test
  void importPageWorksWhileTheSiteHoldsTheSearchIndexAndTheSiteIndexesWhatItWrote()
      throws Exception {
    String word = "zorblatika";
    String title = "Junta Myanmar Memuji " + word;
    String seed =
        Files.readString(Path.of("src/main/resources/demo/seed-page.txt"), StandardCharsets.UTF_8);
    Path page = Files.createTempFile(Path.of("target"), "halaman-", ".txt");
    Files.writeString(page, seed.replace(SEED_TITLE, title), StandardCharsets.UTF_8);
    var applied = new Semaphore(0);
    ChangeListener watcher =
        new ChangeListener() {
          @Override
          public void changed(Set<String> keys) {
            if (keys.contains(ArticleKeys.ARTICLES)) {
              applied.release();
            }
          }

          @Override
          public Stage stage() {
            return Stage.OUTSIDE; // after the search index applied the same change
          }
        };
    feed.register(watcher);
    System.setProperty("warta.data-dir", environment.getRequiredProperty("warta.data-dir"));
    System.setProperty(
        "spring.datasource.url", environment.getRequiredProperty("spring.datasource.url"));
    try {
      assertThat(Commands.run(new String[] {"import-page", page.toString()})).isZero();
    } finally {
      System.clearProperty("warta.data-dir");
      System.clearProperty("spring.datasource.url");
      Files.deleteIfExists(page);
    }

    try {
      // The import may commit more than once: wait for the site to apply changes until it finds it.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      // Scheduled jobs are off in tests: read the change feed as the site's poll would.
      feed.poll();
      while (!search(word).contains(title) && System.nanoTime() < deadline) {
        applied.tryAcquire(100, TimeUnit.MILLISECONDS);
        feed.poll();
      }
    } finally {
      feed.remove(watcher);
    }
    assertThat(search(word)).contains(title);
  }

  private String search(String word) throws Exception {
    String html =
        mvc.perform(get("/cari").param("q", word))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    return Jsoup.parse(html).text();
  }
}
