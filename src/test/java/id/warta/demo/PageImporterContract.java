package id.warta.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.ArticleRepository;
import id.warta.article.TestContent;
import id.warta.platform.Slugs;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The importer decides in the database, never from the section list a reader may have filled
 * meanwhile; runs on SQLite ({@code PageImporterTest}) and PostgreSQL ({@code PageImporterIT}).
 */
abstract class PageImporterContract {
  static final String SEED_TITLE = "Junta Myanmar Berterima Kasih Atas Dukungan Rusia";

  @Autowired PageImporter importer;
  @Autowired SectionRepository sections;
  @Autowired ArticleRepository articles;
  @Autowired TransactionTemplate tx;

  /** The first start's demo load: its sections are made, a reader comes, the seed is imported. */
  @Test
  void aReaderDuringTheLoadCannotMakeTheImporterCreateItsSectionTwice() throws Exception {
    String sectionName = TestContent.unique("Kanal Dunia");
    String title = TestContent.unique("Junta Myanmar Berterima Kasih");
    String page =
        new ClassPathResource("demo/seed-page.txt")
            .getContentAsString(StandardCharsets.UTF_8)
            .replace(SEED_TITLE, title)
            .replace("| Internasional", "| " + sectionName);

    long articleId =
        tx.execute(
            status -> {
              Section made = sections.create(Slugs.of(sectionName), sectionName, "", 1);
              // A page rendered now shows the menu as committed: without the new section.
              var menu = CompletableFuture.supplyAsync(sections::findAll).join();
              assertThat(menu).extracting(Section::name).doesNotContain(sectionName);

              var result = importer.importPage(page);

              assertThat(articles.findById(result.articleId()).orElseThrow().sectionId())
                  .isEqualTo(made.id());
              return result.articleId();
            });

    assertThat(articles.findById(articleId).orElseThrow().title()).isEqualTo(title);
    assertThat(sections.findAll()).extracting(Section::name).containsOnlyOnce(sectionName);
  }
}
