package id.warta.article;

import id.warta.media.Rendition;
import java.time.Instant;

/** An article as lists show it: title, section, lead, time and lead photo. */
public record ArticleSummary(
    long id,
    String title,
    String slug,
    String sectionSlug,
    String sectionName,
    String lead,
    Instant publishedAt,
    Instant updatedAt,
    Image image) {

  /** The lead photo as lists need it; null fields never reach a template. */
  public record Image(String fileKey, String credit, String altText) {
    public String url(Rendition rendition) {
      return rendition.url(fileKey);
    }

    public String srcset() {
      return Rendition.srcset(fileKey);
    }
  }

  public String path() {
    return path(sectionSlug, id, slug);
  }

  public static String path(String sectionSlug, long id, String slug) {
    return "/" + sectionSlug + "/" + id + "/" + slug;
  }

  public boolean hasImage() {
    return image != null;
  }
}
