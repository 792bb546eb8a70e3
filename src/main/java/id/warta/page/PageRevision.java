package id.warta.page;

import java.time.Instant;

/** One save of a page. */
public record PageRevision(
    long pageId,
    int version,
    String title,
    String bodyHtml,
    boolean published,
    String savedBy,
    Instant savedAt) {}
