package id.warta.newsroom;

import id.warta.article.ArticleSeo;
import id.warta.article.ArticleStatus;
import java.time.Instant;
import java.util.List;

/**
 * One save of an article: the whole article as it was then, who saved it, when and how.
 *
 * @param seo the SEO title, meta description and social image; null for a revision recorded before
 *     revisions kept them
 */
public record Revision(
    long id,
    long articleId,
    int number,
    String userName,
    Instant createdAt,
    String action,
    ArticleStatus status,
    long sectionId,
    String title,
    String slug,
    String lead,
    String bodyHtml,
    String source,
    String editorCode,
    Long leadMediaId,
    Long readAlsoId,
    List<Long> authorIds,
    List<String> tags,
    List<Long> relatedIds,
    ArticleSeo seo) {}
