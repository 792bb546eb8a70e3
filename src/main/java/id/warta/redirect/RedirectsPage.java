package id.warta.redirect;

import java.util.List;

/** The newsroom's redirect table: one page of it, and the form to add one. */
public record RedirectsPage(
    List<Redirect> redirects, long total, int page, int pages, String oldPath, String target) {
  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }
}
