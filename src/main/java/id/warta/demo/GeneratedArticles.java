package id.warta.demo;

import id.warta.article.ArticleDraft;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.author.AuthorRepository;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many published articles at once, for benchmarks: the demo's sections and writers, generated
 * Indonesian titles and bodies, one article every few minutes going back in time. Written through
 * the article service (sanitizer, tags, events) in batches of one transaction each.
 */
@Service
public class GeneratedArticles {
  static final int BATCH = 1000;

  private final ArticleService articles;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final TransactionTemplate tx;
  private final Clock clock;

  GeneratedArticles(
      ArticleService articles,
      SectionRepository sections,
      AuthorRepository authors,
      TransactionTemplate tx,
      Clock clock) {
    this.articles = articles;
    this.sections = sections;
    this.authors = authors;
    this.tx = tx;
    this.clock = clock;
  }

  /** Creates {@code count} articles; reports progress after each batch. */
  public void generate(int count, IntConsumer progress) {
    if (count < 1 || count > 5_000_000) {
      throw new IllegalArgumentException("Jumlah artikel harus antara 1 dan 5.000.000.");
    }
    List<Section> all = sections.findAll();
    if (all.isEmpty()) {
      throw new IllegalStateException("Belum ada kanal: jalankan Warta sekali dengan konten demo.");
    }
    List<Long> writers = new ArrayList<>();
    for (String name : DemoTexts.WRITERS) {
      writers.add(authors.findOrCreate(name).id());
    }
    Random random = new Random(count);
    Instant start = clock.instant().minus(Duration.ofDays(1));
    int done = 0;
    while (done < count) {
      int from = done;
      int to = Math.min(count, done + BATCH);
      tx.executeWithoutResult(
          status -> {
            for (int n = from; n < to; n++) {
              Section section = all.get(n % all.size());
              var story = DemoTexts.story(section.slug(), n / all.size(), random);
              articles.create(
                  new ArticleDraft(
                      section.id(),
                      story.title() + " (" + (n + 1) + ")",
                      null,
                      story.lead(),
                      PageImporter.paragraphsHtml(story.paragraphs()),
                      story.source(),
                      DemoTexts.EDITOR_CODES[n % DemoTexts.EDITOR_CODES.length],
                      null,
                      null,
                      ArticleStatus.PUBLISHED,
                      start.minus(Duration.ofMinutes(7L * n)),
                      null,
                      List.of(writers.get(n % writers.size())),
                      story.tags(),
                      List.of()));
            }
          });
      done = to;
      progress.accept(done);
    }
  }
}
