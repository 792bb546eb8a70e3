package id.warta;

import id.warta.article.ArticleKeys;
import id.warta.channel.PartnerChannel;
import id.warta.epaper.Edition;
import id.warta.platform.Changes;
import id.warta.platform.Database;
import id.warta.popular.PageViewCounter;
import id.warta.search.SearchIndex;
import id.warta.section.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a test class on an empty database ({@code @ExtendWith(EmptyDatabase.class)}), so it can
 * count and compare without dodging what other classes of the shared context stored: every table
 * but Flyway's and the static pages (seeded by a migration, as a fresh install has them) is
 * emptied, children before parents, on SQLite and PostgreSQL alike. Ids go on rising (AUTOINCREMENT
 * and identity columns keep their counters), so no cache keyed by id sees an old id again; the
 * application's own caches are told, as after any write, and the search index drops the articles
 * that are gone.
 */
public final class EmptyDatabase implements BeforeAllCallback {
  static final java.util.List<String> KEPT =
      java.util.List.of("flyway_schema_history", "static_page", "static_page_revision");

  @Override
  public void beforeAll(ExtensionContext extension) {
    empty(SpringExtension.getApplicationContext(extension));
  }

  public static void empty(ApplicationContext context) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    // Views still counted in memory would be written later for articles that are gone.
    context.getBeanProvider(PageViewCounter.class).ifAvailable(PageViewCounter::flush);
    List<Long> articles = jdbc.sql("SELECT id FROM article").query(Long.class).list();
    transactions.executeWithoutResult(
        status -> {
          for (String table : childrenFirst(jdbc, context.getBean(Database.class))) {
            jdbc.sql("DELETE FROM " + table).update();
          }
        });
    context
        .getBeanProvider(SearchIndex.class)
        .ifAvailable(index -> articles.forEach(index::update));
    transactions.executeWithoutResult(
        status ->
            context
                .getBean(Changes.class)
                .record(
                    Section.ALL,
                    ArticleKeys.ARTICLES,
                    ArticleKeys.HEADLINES,
                    PartnerChannel.KEY,
                    Edition.KEY));
  }

  /** The application's tables, each after every table whose rows refer to it. */
  static List<String> childrenFirst(JdbcClient jdbc, Database database) {
    List<String> tables;
    Map<String, Set<String>> parents = new HashMap<>();
    // Flyway's history, and what migrations seed as a fresh install has it (the static pages).
    if (database == Database.SQLITE) {
      tables =
          jdbc.sql(
                  """
                  SELECT name FROM sqlite_master
                  WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN (:kept)
                  """)
              .param("kept", KEPT)
              .query(String.class)
              .list();
      for (String table : tables) {
        parents.put(
            table,
            new HashSet<>(
                jdbc.sql("SELECT \"table\" FROM pragma_foreign_key_list(:t)")
                    .param("t", table)
                    .query(String.class)
                    .list()));
      }
    } else {
      tables =
          jdbc.sql(
                  """
                  SELECT tablename FROM pg_tables
                  WHERE schemaname = current_schema() AND tablename NOT IN (:kept)
                  """)
              .param("kept", KEPT)
              .query(String.class)
              .list();
      tables.forEach(t -> parents.put(t, new HashSet<>()));
      jdbc.sql(
              """
              SELECT child.relname AS child, parent.relname AS parent
              FROM pg_constraint c
              JOIN pg_class child ON child.oid = c.conrelid
              JOIN pg_class parent ON parent.oid = c.confrelid
              WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
              """)
          .query((rs, n) -> Map.entry(rs.getString("child"), rs.getString("parent")))
          .list()
          .forEach(
              e -> parents.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
    }
    // A table may go once no remaining table (other than itself) refers to it.
    List<String> order = new ArrayList<>();
    Set<String> left = new HashSet<>(tables);
    while (!left.isEmpty()) {
      List<String> free =
          left.stream()
              .filter(
                  t ->
                      left.stream()
                          .noneMatch(
                              o -> !o.equals(t) && parents.getOrDefault(o, Set.of()).contains(t)))
              .sorted()
              .toList();
      if (free.isEmpty()) {
        throw new IllegalStateException("Foreign keys form a cycle among " + left);
      }
      order.addAll(free);
      free.forEach(left::remove);
    }
    return order;
  }
}
