package id.warta.article;

import java.time.Instant;

/**
 * An article as stored.
 *
 * @param lead the standfirst: a sentence or two that teases the story in lists
 * @param bodyHtml sanitized HTML of the body
 * @param source where the story came from (a wire or partner: "Malay Mail"), may be empty
 * @param editorCode the desk editor's code ("OL-13"), may be empty
 * @param readAlsoId the article linked inline as "Baca Juga: ..." (the editor's choice), or null
 * @param seo the SEO title, meta description and social image (each may be empty)
 */
public record Article(
    long id,
    long sectionId,
    String title,
    String slug,
    String lead,
    String bodyHtml,
    String source,
    String editorCode,
    Long leadMediaId,
    Long readAlsoId,
    ArticleStatus status,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    int version,
    ArticleSeo seo) {

  public Article {
    seo = seo == null ? ArticleSeo.NONE : seo;
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }

  /** "(Malay Mail/OL-13)", "(OL-13)", "(Malay Mail)" or empty. */
  public String attribution() {
    String s = source == null ? "" : source.strip();
    String e = editorCode == null ? "" : editorCode.strip();
    if (s.isEmpty() && e.isEmpty()) {
      return "";
    }
    if (s.isEmpty() || e.isEmpty()) {
      return "(" + s + e + ")";
    }
    return "(" + s + "/" + e + ")";
  }
}
