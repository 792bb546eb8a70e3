package id.warta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The shapes the API answers with. Times are ISO-8601 with the site zone's offset. */
final class ApiModel {
  private ApiModel() {}

  /** One page of a list, pages counted from 1, newest first and in a stable order. */
  record Page<T>(List<T> items, int page, int size, long total, int totalPages, Links links) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Links(String self, String first, String prev, String next, String last) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Summary(
      long id,
      String title,
      String url,
      String lead,
      String section,
      String published,
      String updated,
      Image image,
      String api) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Article(
      long id,
      String title,
      String url,
      String lead,
      String bodyHtml,
      List<Author> authors,
      Section section,
      List<Tag> tags,
      String published,
      String updated,
      Image image,
      String ninjs) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Image(String credit, String caption, String alt, List<Rendition> renditions) {}

  record Rendition(String name, String url, int width, int height) {}

  record Section(String slug, String name, String description, String url, String api) {}

  record Author(String slug, String name, String bio, String url, String api) {}

  record Tag(String slug, String name, String url, String api) {}
}
