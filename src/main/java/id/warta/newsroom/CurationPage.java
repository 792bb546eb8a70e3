package id.warta.newsroom;

import id.warta.article.ArticleSummary;
import java.util.List;

/**
 * The headline curation screen.
 *
 * @param slots what is in each headline slot, in order (article numbers or addresses)
 * @param pinned the pinned stories readers see now, in order
 * @param latest the latest published stories to choose from
 */
public record CurationPage(
    List<String> slots, List<ArticleSummary> pinned, List<ArticleSummary> latest) {}
