package id.warta.site;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleSummary;
import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.liveblog.LiveView;
import id.warta.media.MediaAsset;
import id.warta.section.Section;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The article page, part by part in the seed page's order.
 *
 * @param dateLine "Rabu 23 Juni 2021, 12:15 WIB"
 * @param updatedLine the date line of the last update, or null when never updated
 * @param image the lead photo, or null
 * @param bodyHtml the body as readers see it (lead-in and attribution in place)
 * @param readAlso the inline "Baca Juga" article, or null
 * @param related the "Baca Juga" list
 * @param corrections corrections ("Ralat") made after publication, oldest first
 * @param live the live blog's entries, or null when the article never was covered live
 */
public record ArticlePage(
    PageFrame frame,
    long id,
    String title,
    String lead,
    String dateLine,
    String publishedIso,
    String updatedLine,
    List<Author> authors,
    Section section,
    MediaAsset image,
    String bodyHtml,
    ArticleSummary readAlso,
    List<ArticleSummary> related,
    List<Tag> tags,
    Modules modules,
    int excerptLength,
    List<CorrectionNote> corrections,
    LiveView live) {

  /**
   * How wide a photo in the main column is drawn (the column beside the sidebar from 64em, the page
   * less its padding below), so a browser takes the rendition that fills it and no more.
   */
  public static final String PHOTO_SIZES = "(min-width: 64em) 720px, calc(100vw - 2rem)";

  /** The surrogate keys of what this page shows; its controller puts them on the response. */
  public Set<String> keys() {
    Set<String> keys = new HashSet<>(modules.keys());
    keys.add(ArticleKeys.article(id));
    keys.add(Section.key(section.id()));
    keys.addAll(ArticleKeys.articles(related));
    if (readAlso != null) {
      keys.add(ArticleKeys.article(readAlso.id()));
    }
    if (live != null) {
      keys.addAll(live.keys());
    }
    return keys;
  }

  /** A correction as readers see it: its time and what was corrected. */
  public record CorrectionNote(String dateLine, String iso, String note) {}

  /** Whether the body holds a click-to-load embed, which needs js/embed.js. */
  public boolean hasEmbed() {
    return bodyHtml.contains("data-embed-src=");
  }

  public boolean hasImage() {
    return image != null;
  }

  /** Share links that work without JavaScript. */
  public List<ShareLink> shareLinks() {
    String url = encode(frame.canonical());
    String text = encode(title);
    return List.of(
        new ShareLink("Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + url),
        new ShareLink("X", "https://x.com/intent/post?url=" + url + "&text=" + text),
        new ShareLink("WhatsApp", "https://wa.me/?text=" + text + "%20" + url),
        new ShareLink("Telegram", "https://t.me/share/url?url=" + url + "&text=" + text),
        new ShareLink("Surel", "mailto:?subject=" + text + "&body=" + url));
  }

  public record ShareLink(String name, String href) {}

  private static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
