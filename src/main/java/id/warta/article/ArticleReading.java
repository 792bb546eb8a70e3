package id.warta.article;

import java.util.List;

/**
 * What the article page shows of the article tables beside the article's own row, read in one
 * statement ({@link WholeArticles#reading}): bylines, tags, corrections and the editor's "Baca
 * Juga" choices that readers can see.
 *
 * @param readAlso the editor's inline "Baca Juga" link when it is published, or null
 * @param related the editor's related articles that are published, in the editor's order
 */
public record ArticleReading(
    WholeArticle whole,
    List<Correction> corrections,
    ArticleSummary readAlso,
    List<ArticleSummary> related) {}
