package id.warta.author;

import java.util.List;

/**
 * The author list with its "new author" form, or one author's edit form.
 *
 * @param author the author being edited, or null on the list
 * @param form the form as shown (typed values when a save was refused)
 * @param photos the media library's recent images to pick a portrait from
 */
public record AuthorsPage(
    AuthorProfile author,
    AuthorFields form,
    List<Author> authors,
    List<Portraits.Portrait> photos) {

  public boolean photoSelected(Portraits.Portrait m) {
    return String.valueOf(m.id()).equals(form.foto());
  }
}
