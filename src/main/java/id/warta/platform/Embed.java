package id.warta.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A post from YouTube, X or Instagram shown in a live-blog entry or an article's body. Readers
 * first see a block with a link and a button ({@link #blockHtml()}); the third party's frame is
 * only loaded when they press it (js/embed.js; no request to the third party before that), and
 * without JavaScript the link still opens the post. Only addresses whose form we know are accepted,
 * and the frame's address is built from the post's id alone, never from the address the editor
 * typed.
 *
 * @param provider "YouTube", "X" or "Instagram"
 * @param url the canonical address of the post (stored, and linked for readers without JavaScript)
 * @param frameSrc the address of the embedded player or post, loaded after the reader's click
 */
public record Embed(String provider, String url, String frameSrc) {
  /** The hosts the frames come from; the content security policy allows them as frame sources. */
  public static final String FRAME_SOURCES =
      "https://www.youtube-nocookie.com https://platform.twitter.com https://www.instagram.com";

  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
  private static final Pattern YOUTUBE_PATH =
      Pattern.compile("/(?:shorts|live|embed)/([A-Za-z0-9_-]{11})/?");
  private static final Pattern X_PATH =
      Pattern.compile("/([A-Za-z0-9_]{1,15})/status/([0-9]{1,25})/?");
  private static final Pattern INSTAGRAM_PATH =
      Pattern.compile("/(p|reel)/([A-Za-z0-9_-]{5,40})/?");

  /**
   * The click-to-load block readers see, the same in a live blog and an article body. The button
   * stays hidden until js/embed.js shows it (it would do nothing without JavaScript); a click puts
   * the frame of {@link #frameSrc()} in the block's place.
   */
  public String blockHtml() {
    String p = HtmlUtils.htmlEscape(provider);
    return "<div class=\"embed\" data-provider=\""
        + p
        + "\" data-embed-src=\""
        + HtmlUtils.htmlEscape(frameSrc)
        + "\"><p class=\"embed-note\">Konten dari "
        + p
        + ". Konten ini baru dimuat bila Anda memintanya; "
        + p
        + " dapat mencatat kunjungan Anda.</p><p><button type=\"button\" class=\"embed-load\""
        + " hidden>Tampilkan konten "
        + p
        + "</button> <a class=\"embed-open\" href=\""
        + HtmlUtils.htmlEscape(url)
        + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">Buka di "
        + p
        + "</a></p></div>";
  }

  /** The embed this address names, or empty when it is not a post address we know. */
  public static Optional<Embed> parse(String address) {
    if (address == null || address.isBlank() || address.length() > 500) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(address.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
      return Optional.empty();
    }
    if (uri.getHost() == null
        || uri.getUserInfo() != null
        || (uri.getPort() != -1 && uri.getPort() != 443)) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return switch (host) {
      case "youtube.com", "www.youtube.com", "m.youtube.com" -> youtube(path, uri.getRawQuery());
      case "youtu.be" ->
          path.length() > 1 ? youtubeId(path.substring(1).replaceAll("/$", "")) : Optional.empty();
      case "x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com" -> x(path);
      case "instagram.com", "www.instagram.com" -> instagram(path);
      default -> Optional.empty();
    };
  }

  private static Optional<Embed> youtube(String path, String query) {
    if ("/watch".equals(path) && query != null) {
      for (String pair : query.split("&")) {
        if (pair.startsWith("v=")) {
          return youtubeId(pair.substring(2));
        }
      }
      return Optional.empty();
    }
    Matcher m = YOUTUBE_PATH.matcher(path);
    return m.matches() ? youtubeId(m.group(1)) : Optional.empty();
  }

  private static Optional<Embed> youtubeId(String id) {
    if (!YOUTUBE_ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Embed(
            "YouTube",
            "https://www.youtube.com/watch?v=" + id,
            "https://www.youtube-nocookie.com/embed/" + id));
  }

  private static Optional<Embed> x(String path) {
    Matcher m = X_PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(2);
    return Optional.of(
        new Embed(
            "X",
            "https://x.com/" + m.group(1) + "/status/" + id,
            "https://platform.twitter.com/embed/Tweet.html?dnt=true&id=" + id));
  }

  private static Optional<Embed> instagram(String path) {
    Matcher m = INSTAGRAM_PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    String post = "https://www.instagram.com/" + m.group(1) + "/" + m.group(2) + "/";
    return Optional.of(new Embed("Instagram", post, post + "embed/"));
  }
}
