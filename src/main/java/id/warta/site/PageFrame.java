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
    PageMeta meta) {

  public PageFrame {
    meta = meta == null ? PageMeta.NONE : meta;
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
    this(siteName, title, description, canonical, sections, activeSection, image, noIndex, null);
  }

  PageFrame withMeta(PageMeta meta) {
    return new PageFrame(
        siteName, title, description, canonical, sections, activeSection, image, noIndex, meta);
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
