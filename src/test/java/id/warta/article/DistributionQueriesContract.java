package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.author.Author;
import id.warta.section.Section;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The queries feeds, sitemaps and the API rely on, on SQLite ({@code DistributionQueriesTest}) and
 * PostgreSQL ({@code DistributionQueriesIT}).
 */
abstract class DistributionQueriesContract {
  @Autowired ApplicationContext context;
  @Autowired PublishedArticles articles;
  @Autowired TagRepository tags;

  @Test
  void aSpanCountsPublishedArticlesAndKnowsTheirFirstLastAndNewestChange() {
    var content = TestContent.of(context);
    Section section = content.section("Rentang");
    Author author = content.author("Penulis Rentang");
    Instant first = Instant.parse("2020-02-01T00:00:00Z");
    Instant last = Instant.parse("2020-02-20T00:00:00Z");
    content.article(section, author).publishedAt(first).create();
    content.article(section, author).publishedAt(last).create();
    content.article(section, author).status(ArticleStatus.DRAFT).create();

    var span = articles.publishedSpan(ArticleQuery.section(section.id()));
    assertThat(span.count()).isEqualTo(2);
    assertThat(span.firstPublished()).isEqualTo(first);
    assertThat(span.lastPublished()).isEqualTo(last);
    assertThat(span.lastUpdated()).isEqualTo(last);

    var none = articles.publishedSpan(ArticleQuery.section(content.section("Kosong").id()));
    assertThat(none.count()).isZero();
    assertThat(none.firstPublished()).isNull();
    assertThat(none.lastUpdated()).isNull();
  }

  @Test
  void usedTagsAreThoseOfPublishedArticlesByName() {
    var content = TestContent.of(context);
    Section section = content.section("Topik");
    Author author = content.author("Penulis Topik");
    String visible = TestContent.unique("Aaa Terbit");
    String hidden = TestContent.unique("Aaa Draf");
    content.article(section, author).tags(visible).create();
    content.article(section, author).status(ArticleStatus.DRAFT).tags(hidden).create();

    long total = tags.countUsed();
    var all = tags.findUsed(0, (int) total);
    assertThat(all).extracting(Tag::name).contains(visible).doesNotContain(hidden);
    assertThat(all).hasSize((int) total);
    assertThat(tags.findUsed(0, 1)).hasSize(1);
  }
}
