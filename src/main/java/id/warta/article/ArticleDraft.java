package id.warta.article;

import java.time.Instant;
import java.util.List;

/**
 * What is needed to create an article.
 *
 * @param slug the URL slug; null or blank to derive it from the title
 * @param bodyHtml the body as HTML; sanitized before it is stored
 * @param updatedAt when the story was last updated; null for the publication time
 * @param relatedIds the editor's "Baca Juga" choices, in order
 * @param seo the SEO title, meta description and social image
 */
public record ArticleDraft(
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
    Instant updatedAt,
    List<Long> authorIds,
    List<String> tags,
    List<Long> relatedIds,
    ArticleSeo seo) {

  public ArticleDraft {
    title = strip(title);
    lead = strip(lead);
    source = strip(source);
    editorCode = strip(editorCode);
    authorIds = List.copyOf(authorIds);
    tags = List.copyOf(tags);
    relatedIds = List.copyOf(relatedIds);
    seo = seo == null ? ArticleSeo.NONE : seo;
  }

  /** A draft without SEO fields (importers, demo content). */
  public ArticleDraft(
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
      Instant updatedAt,
      List<Long> authorIds,
      List<String> tags,
      List<Long> relatedIds) {
    this(
        sectionId,
        title,
        slug,
        lead,
        bodyHtml,
        source,
        editorCode,
        leadMediaId,
        readAlsoId,
        status,
        publishedAt,
        updatedAt,
        authorIds,
        tags,
        relatedIds,
        ArticleSeo.NONE);
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
