package id.warta.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.EmptyDatabase;
import id.warta.WartaTest;
import id.warta.epaper.EditionRepository;
import id.warta.epaper.EditionService;
import id.warta.epaper.EditionStatus;
import id.warta.epaper.EditionUpload;
import id.warta.epaper.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The e-paper index on its own: built from the database, kept on disk, reopened as it was. */
@WartaTest
@ExtendWith(EmptyDatabase.class)
class EpaperSearchTest {
  @Autowired EditionService editions;
  @Autowired EditionRepository repository;
  @Autowired SearchAnalyzers analyzers;
  @Autowired SearchProperties properties;

  @Test
  void aNewIndexTakesEveryReadyEditionAndAReopenedOneKeepsThem() throws Exception {
    String word = "zqindeks";
    LocalDate date = TestPdfs.uniqueDate();
    var queued =
        editions.upload(
            EditionUpload.withoutFocus(
                TestPdfs.pages(2, "Pemerintah " + word), date, "Media Indonesia"));
    assertThat(editions.awaitProcessing(queued.editionId(), Duration.ofSeconds(60)).status())
        .isEqualTo(EditionStatus.READY);
    Path dir = Files.createTempDirectory("epaper-index");
    long ready = repository.findReadyIds().size();

    try (var search = new EpaperSearch(dir, repository, analyzers, properties)) {
      assertThat(search.sync().added()).isEqualTo(ready);
      var found = search.search("perintah " + word, 1);
      assertThat(found.total()).isEqualTo(2);
      assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.date()).isEqualTo(date));
      assertThat(found.hits().getFirst().snippetHtml())
          .contains("<mark>Pemerintah</mark>", "<mark>" + word + "</mark>");
    }
    try (var reopened = new EpaperSearch(dir, repository, analyzers, properties)) {
      var outcome = reopened.sync();
      assertThat(outcome.added()).isZero();
      assertThat(outcome.removed()).isZero();
      assertThat(reopened.search(word, 1).total()).isEqualTo(2);
      assertThat(reopened.markWords("Kebijakan <pemerintah> & bijak", "bijak perintah"))
          .isEqualTo(
              "<mark>Kebijakan</mark> &lt;<mark>pemerintah</mark>&gt; &amp; <mark>bijak</mark>");
    }
  }
}
