package id.warta.article;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.author.Author;
import id.warta.section.Section;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every public list (section, tag, author, all, a day of the Indeks) reads one index range in its
 * order, at its start, from a position and counting its first pages: the database's own plan of
 * each statement may neither scan a table nor sort. Fails when an index the lists rely on is
 * dropped. SQLite ({@code ListQueryPlanTest}) and PostgreSQL ({@code ListQueryPlanIT}).
 */
abstract class ListQueryPlanContract {
  @Autowired ApplicationContext context;
  @Autowired PublishedArticles published;
  @Autowired JdbcClient jdbc;
  @Autowired ArticleRepository articles;

  Section section;
  Author author;
  long tagId;

  @BeforeEach
  void setUp() {
    var content = TestContent.of(context);
    section = content.section(TestContent.unique("Kanal Rencana"));
    author = content.author(TestContent.unique("Penulis Rencana"));
    String tag = TestContent.unique("Topik Rencana");
    long id = content.article(section, author).tags(tag).create();
    tagId = articles.findTags(id).getFirst().id();
  }

  /** The plan of one statement as lines of text, in the database's own words. */
  abstract List<String> plan(ArticleConditions.Statement statement);

  /** Says what in a plan reads a whole table or sorts rows, or nothing when there is none. */
  abstract List<String> wholeTableOrSort(List<String> plan);

  List<ArticleQuery> lists() {
    Instant day = Instant.parse("2021-06-22T17:00:00Z");
    return List.of(
        ArticleQuery.section(section.id()),
        ArticleQuery.tag(tagId),
        ArticleQuery.author(author.id()),
        ArticleQuery.ALL,
        ArticleQuery.between(day, day.plus(1, ChronoUnit.DAYS)));
  }

  @Test
  void everyListReadsAnIndexRangeInOrder() {
    var cursor = new ArticleCursor(Instant.parse("2021-06-23T05:15:00Z"), 1_000);
    for (ArticleQuery list : lists()) {
      for (var statement :
          List.of(
              published.pageStatement(list, 40, 20),
              published.olderStatement(list, cursor, 21),
              published.newerStatement(list, cursor, 21),
              published.countStatement(list, 201))) {
        List<String> plan = plan(statement);
        assertThat(wholeTableOrSort(plan))
            .as("%s%n%s", statement.sql(), String.join("\n", plan))
            .isEmpty();
      }
    }
  }

  @Test
  void tagAndAuthorListsReadTheirLinkIndexes() {
    var cursor = new ArticleCursor(Instant.parse("2021-06-23T05:15:00Z"), 1_000);
    assertThat(
            String.join("\n", plan(published.olderStatement(ArticleQuery.tag(tagId), cursor, 21))))
        .contains("article_tag_listed");
    assertThat(
            String.join(
                "\n", plan(published.olderStatement(ArticleQuery.author(author.id()), cursor, 21))))
        .contains("article_author_listed");
  }
}
