package id.warta.article;

import id.warta.author.Author;
import id.warta.media.MediaAsset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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

  /**
   * Everything the article page reads besides the article's row, in one statement: its bylines,
   * tags, corrections, its published "Baca Juga" choices as summaries, and its lead photo and the
   * photo shown when it is shared.
   */
  public ArticleReading reading(Article article) {
    // PostgreSQL types a UNION's columns from its first branch on: the times are typed there.
    String summary =
        """
        a.id, a.title, a.slug, a.lead, s.slug, s.name, m.file_key, m.credit, m.alt_text,
        a.published_at, a.updated_at
        """;
    String summaryJoins =
        """
        JOIN section s ON s.id = a.section_id LEFT JOIN media m ON m.id = a.lead_media_id
        """;
    String none = "NULL, NULL, NULL, NULL, NULL, NULL";
    var sql =
        new StringBuilder(
            """
            SELECT 'A' AS kind, aa.position AS pos, au.id AS id, au.slug AS t1, au.name AS t2,
                   au.bio AS t3, NULL AS t4, NULL AS t5, NULL AS t6, NULL AS t7, NULL AS t8,
                   CAST(NULL AS BIGINT) AS n1, CAST(NULL AS BIGINT) AS n2
            FROM article_author aa JOIN author au ON au.id = aa.author_id
            WHERE aa.article_id = :id
            UNION ALL
            SELECT 'T', atg.position, t.id, t.slug, t.name, %s, NULL, NULL
            FROM article_tag atg JOIN tag t ON t.id = atg.tag_id WHERE atg.article_id = :id
            UNION ALL
            SELECT 'C', 0, c.id, c.note, NULL, %s, c.created_at, NULL
            FROM article_correction c WHERE c.article_id = :id
            UNION ALL
            SELECT 'R', rl.position, %s
            FROM related_link rl JOIN article a ON a.id = rl.related_id %s
            WHERE rl.article_id = :id AND a.status = 'PUBLISHED'
            """
                .formatted(none, none, summary, summaryJoins));
    if (article.readAlsoId() != null) {
      sql.append(
          """
          UNION ALL
          SELECT 'S', 0, %s FROM article a %s WHERE a.id = :readAlso AND a.status = 'PUBLISHED'
          """
              .formatted(summary, summaryJoins));
    }
    List<Long> photoIds =
        Stream.of(article.leadMediaId(), article.seo().imageId())
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (!photoIds.isEmpty()) {
      sql.append(
          """
          UNION ALL
          SELECT 'M', 0, m.id, m.file_key, m.content_type, m.credit, m.caption, m.alt_text,
                 NULL, NULL, NULL, m.width, m.height
          FROM media m WHERE m.id IN (:photos)
          """);
    }
    sql.append(" ORDER BY 1, 2, 3");
    List<Author> authors = new ArrayList<>();
    List<Tag> tags = new ArrayList<>();
    List<Correction> corrections = new ArrayList<>();
    List<ArticleSummary> related = new ArrayList<>();
    List<ArticleSummary> readAlso = new ArrayList<>();
    List<MediaAsset> photos = new ArrayList<>();
    var statement = jdbc.sql(sql.toString()).param("id", article.id());
    if (article.readAlsoId() != null) {
      statement = statement.param("readAlso", article.readAlsoId());
    }
    if (!photoIds.isEmpty()) {
      statement = statement.param("photos", photoIds);
    }
    statement.query(
        rs -> {
          long id = rs.getLong("id");
          switch (rs.getString("kind")) {
            case "A" ->
                authors.add(
                    new Author(id, rs.getString("t1"), rs.getString("t2"), rs.getString("t3")));
            case "T" -> tags.add(new Tag(id, rs.getString("t1"), rs.getString("t2")));
            case "C" ->
                corrections.add(
                    new Correction(
                        id, article.id(), rs.getString("t1"), ArticleRepository.instant(rs, "n1")));
            case "M" ->
                photos.add(
                    new MediaAsset(
                        id,
                        rs.getString("t1"),
                        rs.getString("t2"),
                        rs.getInt("n1"),
                        rs.getInt("n2"),
                        rs.getString("t3"),
                        rs.getString("t4"),
                        rs.getString("t5")));
            default ->
                ("R".equals(rs.getString("kind")) ? related : readAlso)
                    .add(
                        new ArticleSummary(
                            id,
                            rs.getString("t1"),
                            rs.getString("t2"),
                            rs.getString("t4"),
                            rs.getString("t5"),
                            rs.getString("t3"),
                            ArticleRepository.instant(rs, "n1"),
                            ArticleRepository.instant(rs, "n2"),
                            rs.getString("t6") == null
                                ? null
                                : new ArticleSummary.Image(
                                    rs.getString("t6"), rs.getString("t7"), rs.getString("t8"))));
          }
        });
    // Corrections in the order they were made.
    corrections.sort(
        java.util.Comparator.comparing(Correction::createdAt).thenComparing(Correction::id));
    return new ArticleReading(
        new WholeArticle(article, List.copyOf(authors), List.copyOf(tags)),
        List.copyOf(corrections),
        readAlso.isEmpty() ? null : readAlso.getFirst(),
        List.copyOf(related),
        List.copyOf(photos));
  }

  /** One whole article already read. */
  public WholeArticle complete(Article article) {
    return complete(List.of(article)).getFirst();
  }
}
