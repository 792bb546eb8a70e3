package id.warta.feed;

import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.media.MediaAsset;
import id.warta.section.Section;
import java.time.Instant;
import java.util.List;

/**
 * A published article as it leaves the site: every URL absolute, the body with its attribution and
 * with links and images that work outside the site.
 *
 * @param url the canonical article URL
 * @param bodyHtml sanitized body, site-relative URLs made absolute, "(source/editor)" at the end
 * @param image the lead photo, or null
 */
public record FeedArticle(
    long id,
    String title,
    String url,
    String lead,
    String bodyHtml,
    List<Author> authors,
    Section section,
    List<Tag> tags,
    Instant publishedAt,
    Instant updatedAt,
    MediaAsset image) {

  public boolean hasImage() {
    return image != null;
  }
}
