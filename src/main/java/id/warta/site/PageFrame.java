package id.warta.site;

import id.warta.section.Section;
import java.util.List;

/**
 * What the layout around every public page needs.
 *
 * @param title the document title, without the site name
 * @param canonical absolute canonical URL, or null for pages that should not be indexed
 * @param activeSection slug of the section the page belongs to, or null
 * @param image absolute URL of the page's share image, or null
 * @param meta Open Graph details, feeds and structured data for the head
 * @param footer the published static pages (Tentang Kami, Redaksi, ...) the footer links to
 */
public record PageFrame(
    String siteName,
    String title,
    String description,
    String canonical,
    List<Section> sections,
    String activeSection,
    String image,
    boolean noIndex,
    PageMeta meta,
    List<Link> footer) {

  /** A link of the footer. */
  public record Link(String label, String href) {}

  public PageFrame {
    meta = meta == null ? PageMeta.NONE : meta;
    footer = footer == null ? List.of() : List.copyOf(footer);
  }

  public PageFrame(
      String siteName,
      String title,
      String description,
      String canonical,
      List<Section> sections,
      String activeSection,
      String image,
      boolean noIndex,
      PageMeta meta) {
    this(
        siteName,
        title,
        description,
        canonical,
        sections,
        activeSection,
        image,
        noIndex,
        meta,
        null);
  }

  public PageFrame(
      String siteName,
      String title,
      String description,
      String canonical,
      List<Section> sections,
      String activeSection,
      String image,
      boolean noIndex) {
    this(
        siteName,
        title,
        description,
        canonical,
        sections,
        activeSection,
        image,
        noIndex,
        null,
        null);
  }

  PageFrame withFooter(List<Link> footer) {
    return new PageFrame(
        siteName,
        title,
        description,
        canonical,
        sections,
        activeSection,
        image,
        noIndex,
        meta,
        footer);
  }

  PageFrame withMeta(PageMeta meta) {
    return new PageFrame(
        siteName,
        title,
        description,
        canonical,
        sections,
        activeSection,
        image,
        noIndex,
        meta,
        footer);
  }

  /** The title shared on social networks: the page's own, or the site's for the home page. */
  public String shareTitle() {
    return title == null ? siteName : title;
  }

  public boolean hasDescription() {
    return description != null && !description.isBlank();
  }

  public String documentTitle() {
    return title == null || title.isBlank() ? siteName : title + " - " + siteName;
  }

  /** The home page is the one page without a title of its own. */
  public boolean isHome() {
    return title == null;
  }

  public boolean isActive(Section section) {
    return section.slug().equals(activeSection);
  }
}
