package id.warta.article;

import java.time.Instant;
import java.util.List;

/**
 * An article whole, with the names of its section, tags and authors: what a feature that keeps its
 * own copy of the articles (the search index) needs.
 *
 * @param publishedAt null for an article that was never published
 */
public record ArticleSnapshot(
    long id,
    long sectionId,
    String sectionSlug,
    String sectionName,
    String title,
    String lead,
    String bodyHtml,
    List<String> tags,
    List<String> authors,
    ArticleStatus status,
    Instant publishedAt,
    Instant updatedAt) {

  public ArticleSnapshot {
    tags = List.copyOf(tags);
    authors = List.copyOf(authors);
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED && publishedAt != null;
  }
}
