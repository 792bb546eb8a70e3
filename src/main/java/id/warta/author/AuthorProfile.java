package id.warta.author;

import java.util.Arrays;
import java.util.List;

/**
 * An author with what their page shows besides the articles.
 *
 * @param photoMediaId the portrait in the media library, or null
 * @param links addresses (website, social profiles), one per line
 */
public record AuthorProfile(
    long id, String slug, String name, String bio, Long photoMediaId, String links) {

  public Author author() {
    return new Author(id, slug, name, bio);
  }

  public List<String> linkList() {
    return links == null || links.isBlank()
        ? List.of()
        : Arrays.stream(links.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
