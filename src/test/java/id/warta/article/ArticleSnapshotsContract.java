package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.EmptyDatabase;
import id.warta.author.Author;
import id.warta.section.Section;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the search index reads in bulk; on SQLite and on PostgreSQL. */
@ExtendWith(EmptyDatabase.class)
abstract class ArticleSnapshotsContract {
  @Autowired ApplicationContext context;
  @Autowired Clock clock;
  @Autowired ArticleSnapshots snapshots;
  @Autowired JdbcClient jdbc;

  @Test
  void readsWholeArticlesInPagesByIdWithTheirNames() {
    var content = TestContent.of(context);
    Section section = content.section("Kanal Salinan");
    Author first = content.author("Penulis Satu");
    Author second = content.author("Penulis Dua");
    Instant at = Instant.parse("2021-06-23T05:15:00Z");
    long a =
        content
            .article(section, first)
            .alsoBy(second)
            .title("Satu")
            .body("<p>Isi <b>satu</b></p>")
            .tags("Myanmar", "Rusia")
            .publishedAt(at)
            .create();
    long b = content.article(section, first).title("Dua").create();
    long draft = content.article(section, first).title("Draf").status(ArticleStatus.DRAFT).create();

    ArticleSnapshot s = snapshots.find(a).orElseThrow();
    assertThat(s.title()).isEqualTo("Satu");
    assertThat(s.bodyHtml()).isEqualTo("<p>Isi <b>satu</b></p>");
    assertThat(s.sectionSlug()).isEqualTo(section.slug());
    assertThat(s.sectionName()).isEqualTo(section.name());
    assertThat(s.tags()).containsExactly("Myanmar", "Rusia");
    assertThat(s.authors()).containsExactly(first.name(), second.name());
    assertThat(s.publishedAt()).isEqualTo(at);
    assertThat(s.isPublished()).isTrue();
    assertThat(snapshots.find(draft).orElseThrow().isPublished()).isFalse();

    List<ArticleSnapshot> page = snapshots.after(a - 1, 1);
    assertThat(page).extracting(ArticleSnapshot::id).containsExactly(a);
    assertThat(snapshots.after(a, 100)).extracting(ArticleSnapshot::id).containsExactly(b, draft);
    assertThat(snapshots.publishedIds()).contains(a, b).doesNotContain(draft);
    assertThat(snapshots.countPublished()).isGreaterThanOrEqualTo(2);

    // A day after every article written so far (their times come from the application's clock),
    // in the milliseconds the database keeps.
    Instant later = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
    jdbc.sql("UPDATE article SET updated_at = :t WHERE id = :id")
        .param("t", later.toEpochMilli())
        .param("id", draft)
        .update();
    assertThat(snapshots.changedSince(later, 0, 100))
        .extracting(ArticleSnapshot::id)
        .contains(draft)
        .doesNotContain(a, b);
    assertThat(snapshots.latestUpdate()).isAfterOrEqualTo(later);
  }
}
