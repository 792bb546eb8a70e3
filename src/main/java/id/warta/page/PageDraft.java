package id.warta.page;

/**
 * What an editor (or an import) saves of a page.
 *
 * @param slug null or blank to derive it from the title
 * @param bodyHtml sanitized before it is stored
 */
public record PageDraft(String title, String slug, String bodyHtml, boolean published) {
  public PageDraft {
    title = title == null ? "" : title.strip();
    slug = slug == null ? "" : slug.strip();
    bodyHtml = bodyHtml == null ? "" : bodyHtml;
  }
}
