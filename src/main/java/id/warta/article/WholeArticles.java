package id.warta.article;

import id.warta.author.Author;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Articles whole ({@link WholeArticle}), in a fixed number of queries however many are asked for:
 * the rows, then every byline and every tag of all of them at once.
 */
@Repository
public class WholeArticles {
  private final JdbcClient jdbc;

  WholeArticles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The articles of these ids that exist (in any status), in the order of the ids. */
  public List<WholeArticle> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Article> rows = new HashMap<>();
    jdbc.sql("SELECT " + ArticleRepository.ARTICLE_COLUMNS + " FROM article WHERE id IN (:ids)")
        .param("ids", ids)
        .query(ArticleRepository.ARTICLE)
        .list()
        .forEach(a -> rows.put(a.id(), a));
    List<Article> ordered = new ArrayList<>();
    ids.stream().distinct().map(rows::get).filter(a -> a != null).forEach(ordered::add);
    return complete(ordered);
  }

  /** The article of this id whole, if it exists. */
  public Optional<WholeArticle> find(long id) {
    return load(List.of(id)).stream().findFirst();
  }

  /** Bylines and tags of articles already read, in two queries. */
  public List<WholeArticle> complete(List<Article> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    List<Long> ids = articles.stream().map(Article::id).toList();
    Map<Long, List<Author>> authors = new HashMap<>();
    jdbc.sql(
            """
            SELECT aa.article_id, au.id, au.slug, au.name, au.bio
            FROM author au JOIN article_author aa ON aa.author_id = au.id
            WHERE aa.article_id IN (:ids)
            ORDER BY aa.article_id, aa.position
            """)
        .param("ids", ids)
        .query(
            rs -> {
              authors
                  .computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                  .add(
                      new Author(
                          rs.getLong("id"),
                          rs.getString("slug"),
                          rs.getString("name"),
                          rs.getString("bio")));
            });
    Map<Long, List<Tag>> tags = new HashMap<>();
    jdbc.sql(
            """
            SELECT atg.article_id, t.id, t.slug, t.name
            FROM tag t JOIN article_tag atg ON atg.tag_id = t.id
            WHERE atg.article_id IN (:ids)
            ORDER BY atg.article_id, atg.position
            """)
        .param("ids", ids)
        .query(
            rs -> {
              tags.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                  .add(new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
            });
    return articles.stream()
        .map(
            a ->
                new WholeArticle(
                    a,
                    List.copyOf(authors.getOrDefault(a.id(), List.of())),
                    List.copyOf(tags.getOrDefault(a.id(), List.of()))))
        .toList();
  }

  /** One whole article already read. */
  public WholeArticle complete(Article article) {
    return complete(List.of(article)).getFirst();
  }
}
