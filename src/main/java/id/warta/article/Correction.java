package id.warta.article;

import java.time.Instant;

/** A correction ("Ralat") to a published article, shown on its page with its time. */
public record Correction(long id, long articleId, String note, Instant createdAt) {}
