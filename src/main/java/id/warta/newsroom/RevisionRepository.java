package id.warta.newsroom;

import id.warta.article.Article;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSeo;
import id.warta.article.ArticleStatus;
import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.platform.desk.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RevisionRepository {
  private static final String COLUMNS =
      """
      id, article_id, number, user_name, created_at, action, status, section_id, title, slug,
      lead, body_html, source, editor_code, lead_media_id, read_also_id, author_ids, tags,
      related_ids, seo_title, meta_description, social_media_id
      """;

  private static final RowMapper<Revision> REVISION =
      (rs, n) ->
          new Revision(
              rs.getLong("id"),
              rs.getLong("article_id"),
              rs.getInt("number"),
              rs.getString("user_name"),
              Instant.ofEpochMilli(rs.getLong("created_at")),
              rs.getString("action"),
              ArticleStatus.valueOf(rs.getString("status")),
              rs.getLong("section_id"),
              rs.getString("title"),
              rs.getString("slug"),
              rs.getString("lead"),
              rs.getString("body_html"),
              rs.getString("source"),
              rs.getString("editor_code"),
              nullableLong(rs, "lead_media_id"),
              nullableLong(rs, "read_also_id"),
              ids(rs.getString("author_ids")),
              rs.getString("tags").isEmpty()
                  ? List.of()
                  : List.of(rs.getString("tags").split("\n")),
              ids(rs.getString("related_ids")),
              rs.getString("seo_title") == null
                  ? null
                  : new ArticleSeo(
                      rs.getString("seo_title"),
                      rs.getString("meta_description"),
                      nullableLong(rs, "social_media_id")));

  private final JdbcClient jdbc;
  private final ArticleRepository articles;

  RevisionRepository(JdbcClient jdbc, ArticleRepository articles) {
    this.jdbc = jdbc;
    this.articles = articles;
  }

  /** Records the article as it is now stored as its next revision. */
  int record(long articleId, Actor actor, String action, Instant now) {
    Article a = articles.findById(articleId).orElseThrow();
    int number = nextNumber(articleId);
    insert(
        number,
        a,
        articles.findAuthors(articleId).stream().map(Author::id).toList(),
        articles.findTags(articleId).stream().map(Tag::name).toList(),
        articles.findRelatedIds(articleId),
        actor,
        action,
        now);
    return number;
  }

  /** The number the article's next revision gets: 1 when it has none yet. */
  int nextNumber(long articleId) {
    return jdbc.sql(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM article_revision WHERE article_id = :id")
        .param("id", articleId)
        .query(Integer.class)
        .single();
  }

  /** Records a revision from what the caller just wrote, without reading it back. */
  void insert(
      int number,
      Article a,
      List<Long> authorIds,
      List<String> tagNames,
      List<Long> relatedIds,
      Actor actor,
      String action,
      Instant now) {
    jdbc.sql(
            """
            INSERT INTO article_revision (article_id, number, user_id, user_name, created_at,
              action, status, section_id, title, slug, lead, body_html, source, editor_code,
              lead_media_id, read_also_id, author_ids, tags, related_ids, seo_title,
              meta_description, social_media_id)
            VALUES (:article, :number, :user, :userName, :now, :action, :status, :section,
              :title, :slug, :lead, :body, :source, :editorCode, :media, :readAlso, :authors,
              :tags, :related, :seoTitle, :metaDescription, :socialMedia)
            """)
        .param("article", a.id())
        .param("number", number)
        .param("user", actor.id())
        .param("userName", actor.name())
        .param("now", now.toEpochMilli())
        .param("action", action)
        .param("status", a.status().name())
        .param("section", a.sectionId())
        .param("title", a.title())
        .param("slug", a.slug())
        .param("lead", a.lead())
        .param("body", a.bodyHtml())
        .param("source", a.source())
        .param("editorCode", a.editorCode())
        .param("media", a.leadMediaId())
        .param("readAlso", a.readAlsoId())
        .param("authors", join(authorIds))
        .param("tags", String.join("\n", tagNames))
        .param("related", join(relatedIds.stream().distinct().toList()))
        .param("seoTitle", a.seo().title())
        .param("metaDescription", a.seo().description())
        .param("socialMedia", a.seo().imageId())
        .update();
  }

  List<Revision> findAll(long articleId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM article_revision WHERE article_id = :id ORDER BY number DESC")
        .param("id", articleId)
        .query(REVISION)
        .list();
  }

  Optional<Revision> find(long articleId, int number) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM article_revision WHERE article_id = :id AND number = :number")
        .param("id", articleId)
        .param("number", number)
        .query(REVISION)
        .optional();
  }

  private static String join(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static List<Long> ids(String joined) {
    if (joined == null || joined.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
