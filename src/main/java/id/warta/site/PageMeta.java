package id.warta.site;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page tells machines about itself in its head: its Open Graph type, extra Open Graph
 * properties (article:published_time...), the feeds that follow it and its schema.org JSON-LD.
 *
 * @param type Open Graph type: "website" or "article"
 * @param imageAlt alt text of the share image, or null
 * @param structuredData JSON-LD documents, each already safe inside a script element
 */
public record PageMeta(
    String type,
    String imageAlt,
    List<Alternate> alternates,
    List<Property> properties,
    List<String> structuredData) {

  /** A {@code <link rel="alternate">}: a feed of the page's news. */
  public record Alternate(String type, String title, String href) {}

  /** A {@code <meta property content>}. */
  public record Property(String property, String content) {}

  public static final PageMeta NONE =
      new PageMeta("website", null, List.of(), List.of(), List.of());

  public PageMeta {
    alternates = List.copyOf(alternates);
    properties = List.copyOf(properties);
    structuredData = List.copyOf(structuredData);
  }

  PageMeta withType(String type, String imageAlt) {
    return new PageMeta(type, imageAlt, alternates, properties, structuredData);
  }

  PageMeta plusAlternate(Alternate alternate) {
    var list = new ArrayList<>(alternates);
    list.add(alternate);
    return new PageMeta(type, imageAlt, list, properties, structuredData);
  }

  PageMeta plusProperties(List<Property> more) {
    var list = new ArrayList<>(properties);
    list.addAll(more);
    return new PageMeta(type, imageAlt, alternates, list, structuredData);
  }

  PageMeta plusStructuredData(List<String> more) {
    var list = new ArrayList<>(structuredData);
    list.addAll(more);
    return new PageMeta(type, imageAlt, alternates, properties, list);
  }
}
