package id.warta.article;

import id.warta.author.Author;
import id.warta.platform.Changes;
import id.warta.platform.Slugs;
import id.warta.section.Section;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Entities;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published articles written many at a time (benchmarks, imports of an archive): the same rows
 * {@link ArticleService#insert} writes for a published article (the row with its sanitized body,
 * bylines, tags), in multi-row INSERTs of a few hundred rows, and one change-feed record per call
 * instead of one per article.
 *
 * <p>The change record names the lists the articles appear in (all articles, their sections, tags
 * and authors), not each article: a running site purges those pages, but its search index learns of
 * the articles only from {@code reindex} or its next start's catch-up. Write a large batch with the
 * site stopped, then run {@code reindex}.
 */
@Repository
public class BulkArticles {
  /** Rows per INSERT: 14 parameters each stay far below SQLite's 32,766 and pgjdbc's 65,535. */
  static final int ROWS_PER_STATEMENT = 500;

  /** Sanitized paragraphs kept; generated bodies repeat a few hundred paragraphs. */
  private static final int PARAGRAPH_CACHE = 20_000;

  /**
   * A published article to write.
   *
   * @param paragraphs the body as plain-text paragraphs; each becomes a sanitized {@code <p>}
   * @param tags tag names, found or created by slug as the article service does
   */
  public record BulkArticle(
      long sectionId,
      String title,
      String lead,
      List<String> paragraphs,
      String source,
      String editorCode,
      java.time.Instant publishedAt,
      List<Long> authorIds,
      List<String> tags) {
    public BulkArticle {
      title = title == null ? "" : title.strip();
      lead = lead == null ? "" : lead.strip();
      source = source == null ? "" : source.strip();
      editorCode = editorCode == null ? "" : editorCode.strip();
      paragraphs = List.copyOf(paragraphs);
      authorIds = List.copyOf(authorIds);
      tags = List.copyOf(tags);
    }
  }

  private final JdbcTemplate jdbc;
  private final TagRepository tags;
  private final Changes changes;
  private final Clock clock;
  private final Map<String, String> sanitized = new ConcurrentHashMap<>();

  BulkArticles(JdbcTemplate jdbc, TagRepository tags, Changes changes, Clock clock) {
    this.jdbc = jdbc;
    this.tags = tags;
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * Writes these articles as published, in one transaction, and returns their ids in order. Bad
   * input (a blank or too long title, lead or slug, an article without an author) changes nothing.
   */
  @Transactional
  public List<Long> insertPublished(List<BulkArticle> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    List<String> slugs = new ArrayList<>(articles.size());
    for (BulkArticle a : articles) {
      slugs.add(validate(a));
    }
    Map<String, Tag> tagsBySlug = tagsOf(articles);
    long now = clock.millis();
    List<Long> ids = new ArrayList<>(articles.size());
    for (int from = 0; from < articles.size(); from += ROWS_PER_STATEMENT) {
      int to = Math.min(articles.size(), from + ROWS_PER_STATEMENT);
      ids.addAll(insertRows(articles.subList(from, to), slugs.subList(from, to), now));
    }
    List<long[]> bylines = new ArrayList<>();
    List<long[]> tagLinks = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    keys.add(ArticleKeys.ARTICLES);
    for (int i = 0; i < articles.size(); i++) {
      BulkArticle a = articles.get(i);
      long id = ids.get(i);
      keys.add(Section.key(a.sectionId()));
      List<Long> authors = a.authorIds().stream().distinct().toList();
      for (int p = 0; p < authors.size(); p++) {
        bylines.add(new long[] {id, authors.get(p), p});
        keys.add(Author.key(authors.get(p)));
      }
      int position = 0;
      for (String slug : tagSlugs(a.tags())) {
        Tag tag = tagsBySlug.get(slug);
        tagLinks.add(new long[] {id, tag.id(), position++});
        keys.add(ArticleKeys.tag(tag.id()));
      }
    }
    insertLinks("article_author", "author_id", bylines);
    insertLinks("article_tag", "tag_id", tagLinks);
    changes.record(keys);
    return ids;
  }

  /**
   * The body the article service would store for these paragraphs, sanitized once per paragraph.
   */
  String body(List<String> paragraphs) {
    StringBuilder html = new StringBuilder();
    for (String p : paragraphs) {
      String clean = sanitized.get(p);
      if (clean == null) {
        clean = ArticleBodyPolicy.sanitize(paragraphHtml(p));
        if (sanitized.size() >= PARAGRAPH_CACHE) {
          sanitized.clear();
        }
        sanitized.put(p, clean);
      }
      html.append(clean);
    }
    return html.toString();
  }

  /** One paragraph as an importer writes it: escaped text in a {@code <p>}, then a new line. */
  public static String paragraphHtml(String text) {
    return "<p>" + Entities.escape(text) + "</p>\n";
  }

  /** The article service's own checks, on the draft it would have been given; the slug. */
  private static String validate(BulkArticle a) {
    var draft =
        new ArticleDraft(
            a.sectionId(),
            a.title(),
            null,
            a.lead(),
            "",
            a.source(),
            a.editorCode(),
            null,
            null,
            ArticleStatus.PUBLISHED,
            a.publishedAt(),
            null,
            a.authorIds(),
            a.tags(),
            List.of());
    ArticleService.validate(draft);
    return ArticleService.slugOf(draft);
  }

  /** Every tag of these articles found or created at once, by slug. */
  private Map<String, Tag> tagsOf(List<BulkArticle> articles) {
    Map<String, String> names = new LinkedHashMap<>();
    for (BulkArticle a : articles) {
      for (String name : a.tags()) {
        String clean = name.strip();
        String slug = Slugs.of(clean);
        if (slug.isEmpty()) {
          throw new IllegalArgumentException("Tag tidak valid: " + name);
        }
        names.putIfAbsent(slug, clean);
      }
    }
    Map<String, Tag> bySlug = new HashMap<>();
    List<String> all = List.copyOf(names.values());
    for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
      for (Tag t :
          tags.findOrCreateAll(
              all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)))) {
        bySlug.put(t.slug(), t);
      }
    }
    return bySlug;
  }

  private static Set<String> tagSlugs(List<String> names) {
    Set<String> slugs = new LinkedHashSet<>();
    for (String name : names) {
      slugs.add(Slugs.of(name.strip()));
    }
    return slugs;
  }

  private List<Long> insertRows(List<BulkArticle> rows, List<String> slugs, long now) {
    var sql =
        new StringBuilder(
            """
            INSERT INTO article (section_id, title, slug, lead, body_html, source, editor_code,
                                 status, published_at, created_at, updated_at, version,
                                 seo_title, meta_description)
            VALUES\s\
            """);
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0, '', '')");
    }
    // Matched back by title: the order of RETURNING rows is not promised.
    sql.append(" RETURNING id, title");
    Map<String, Integer> byTitle = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (byTitle.put(rows.get(i).title(), i) != null) {
        throw new IllegalArgumentException(
            "Judul ganda dalam satu kelompok: " + rows.get(i).title());
      }
    }
    Long[] ids = new Long[rows.size()];
    jdbc.query(
        connection -> {
          PreparedStatement ps = connection.prepareStatement(sql.toString());
          int p = 1;
          for (int i = 0; i < rows.size(); i++) {
            BulkArticle a = rows.get(i);
            long published = a.publishedAt().toEpochMilli();
            ps.setLong(p++, a.sectionId());
            ps.setString(p++, a.title());
            ps.setString(p++, slugs.get(i));
            ps.setString(p++, a.lead());
            ps.setString(p++, body(a.paragraphs()));
            ps.setString(p++, a.source());
            ps.setString(p++, a.editorCode());
            ps.setLong(p++, published);
            ps.setLong(p++, now);
            ps.setLong(p++, published);
          }
          return ps;
        },
        (ResultSet rs) -> {
          ids[byTitle.get(rs.getString(2))] = rs.getLong(1);
        });
    for (Long id : ids) {
      if (id == null) {
        throw new IllegalStateException("An inserted article did not return its id");
      }
    }
    return List.of(ids);
  }

  private void insertLinks(String table, String column, List<long[]> rows) {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT * 2) {
      List<long[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT * 2));
      var sql =
          new StringBuilder(
              "INSERT INTO " + table + " (article_id, " + column + ", position) VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
      }
      jdbc.update(
          connection -> {
            PreparedStatement ps = connection.prepareStatement(sql.toString());
            int p = 1;
            for (long[] row : chunk) {
              ps.setLong(p++, row[0]);
              ps.setLong(p++, row[1]);
              ps.setInt(p++, (int) row[2]);
            }
            return ps;
          });
    }
  }
}
