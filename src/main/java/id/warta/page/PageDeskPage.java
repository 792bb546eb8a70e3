package id.warta.page;

import java.util.List;

/**
 * The newsroom's screens for static pages: the list, or one page's form with its revisions.
 *
 * @param pages every page, for the list
 * @param pageId the page edited; null for a new one
 * @param version the version the form was read at
 * @param revisions the page's saves, newest first, with their time as text
 */
public record PageDeskPage(
    List<StaticPage> pages,
    Long pageId,
    int version,
    PageDraft form,
    String address,
    List<Row> revisions) {

  public record Row(PageRevision revision, String savedAt) {}

  public String action() {
    return pageId == null ? "/redaksi/halaman/baru" : "/redaksi/halaman/" + pageId;
  }
}
