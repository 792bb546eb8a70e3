package id.warta.article;

import java.time.Instant;

/** An article in the newsroom's lists, whatever its status. */
public record ArticleListing(
    long id,
    String title,
    String sectionName,
    ArticleStatus status,
    Instant publishedAt,
    Instant updatedAt) {}
