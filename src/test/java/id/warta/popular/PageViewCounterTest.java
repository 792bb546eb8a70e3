package id.warta.popular;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** What a flush does with its counts when the database fails it. */
class PageViewCounterTest {
  static final String READER = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130 Safari/537.36";

  /** The database as the counter sees it: written views, existing articles, or down. */
  static final class Database extends PageViewRepository {
    final Map<Long, Long> written = new HashMap<>();
    List<Long> articles = List.of(1L, 2L);
    boolean down;
    boolean refusesWrites;

    Database() {
      super(null);
    }

    @Override
    void add(long hour, Map<Long, Long> viewsByArticle) {
      if (down || refusesWrites) {
        throw new DataAccessResourceFailureException("database unreachable");
      }
      viewsByArticle.forEach((id, views) -> written.merge(id, views, Long::sum));
    }

    @Override
    List<Long> existingArticles(Collection<Long> ids) {
      if (down) {
        throw new DataAccessResourceFailureException("database unreachable");
      }
      return ids.stream().filter(articles::contains).toList();
    }
  }

  final Database database = new Database();
  final PageViewCounter counter =
      new PageViewCounter(
          database, Clock.fixed(Instant.parse("2021-06-24T00:00:00Z"), ZoneOffset.UTC));

  @Test
  void countsOfAFlushTheDatabaseRefusedAreWrittenByTheNext() {
    counter.record(1, READER);
    counter.record(1, READER);
    counter.record(2, READER);
    database.down = true;
    counter.flush();
    assertThat(database.written).isEmpty();

    database.down = false;
    counter.record(1, READER);
    counter.flush();

    assertThat(database.written).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 3L, 2L, 1L));
  }

  @Test
  void countsOfArticlesDeletedMeanwhileAreDroppedAndTheRestKept() {
    counter.record(1, READER);
    counter.record(2, READER);
    database.refusesWrites = true;
    database.articles = List.of(1L);
    counter.flush();

    database.refusesWrites = false;
    counter.flush();

    assertThat(database.written).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 1L));
  }
}
