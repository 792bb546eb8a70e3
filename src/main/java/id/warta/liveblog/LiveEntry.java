package id.warta.liveblog;

import java.time.Instant;

/**
 * One entry of a live blog as stored.
 *
 * @param bodyHtml sanitized with the article body policy; may be empty when a photo or an embed
 *     says it all
 * @param mediaId a photo from the media library, or null
 * @param embedUrl the canonical address of a YouTube/X/Instagram post, or empty
 * @param version 1 when posted, one more at each edit
 */
public record LiveEntry(
    long id,
    long articleId,
    String bodyHtml,
    Long mediaId,
    String embedUrl,
    boolean pinned,
    boolean keyEvent,
    Instant postedAt,
    Instant updatedAt,
    int version) {}
