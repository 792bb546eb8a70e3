package id.warta.feed;

import id.warta.article.Tag;
import id.warta.author.Author;
import id.warta.section.Section;

/** Where the feeds of a section, tag or author live, for pages that link to them. */
public final class FeedPaths {
  private FeedPaths() {}

  public static String section(Section section) {
    return "/rss/" + section.slug();
  }

  public static String tag(Tag tag) {
    return "/rss/tag/" + tag.slug();
  }

  public static String author(Author author) {
    return "/rss/penulis/" + author.slug();
  }
}
