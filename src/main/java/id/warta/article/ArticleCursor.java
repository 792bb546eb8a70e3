package id.warta.article;

import id.warta.platform.BadRequestException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A position in a list of published articles (newest first): the publication time and id of one
 * article. Deep pages start from one ("the articles older than this one") so that they read an
 * index range from there instead of walking every article before them. Written in links as {@code
 * <epoch milliseconds>.<id>}.
 */
public record ArticleCursor(Instant publishedAt, long id) {
  private static final Pattern TOKEN = Pattern.compile("(-?[0-9]{1,15})\\.([0-9]{1,18})");

  public static ArticleCursor of(ArticleSummary article) {
    return new ArticleCursor(article.publishedAt(), article.id());
  }

  /** Reads a position from a link; anything else is a bad request, never a query. */
  public static ArticleCursor parse(String token) {
    var match = token == null ? null : TOKEN.matcher(token);
    if (match == null || !match.matches()) {
      throw new BadRequestException("Posisi halaman tidak valid.");
    }
    return new ArticleCursor(
        Instant.ofEpochMilli(Long.parseLong(match.group(1))), Long.parseLong(match.group(2)));
  }

  public String token() {
    return publishedAt.toEpochMilli() + "." + id;
  }
}
