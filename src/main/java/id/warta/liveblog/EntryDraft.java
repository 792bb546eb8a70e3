package id.warta.liveblog;

/**
 * What an editor writes for an entry, before it is checked.
 *
 * @param text the entry's text: HTML (sanitized with the article body policy) or plain text, where
 *     blank lines separate paragraphs
 * @param mediaId a photo from the media library, or null
 * @param embedUrl a YouTube, X or Instagram address, or blank
 */
public record EntryDraft(
    String text, Long mediaId, String embedUrl, boolean pinned, boolean keyEvent) {}
