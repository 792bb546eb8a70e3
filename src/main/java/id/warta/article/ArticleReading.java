package id.warta.article;

import id.warta.media.MediaAsset;
import java.util.List;

/**
 * What the article page shows beside the article's own row, read in one statement ({@link
 * WholeArticles#reading}): bylines, tags, corrections, the editor's "Baca Juga" choices that
 * readers can see, and the article's photos.
 *
 * @param readAlso the editor's inline "Baca Juga" link when it is published, or null
 * @param related the editor's related articles that are published, in the editor's order
 * @param photos the lead photo and the photo shown when shared, those of them that exist
 */
public record ArticleReading(
    WholeArticle whole,
    List<Correction> corrections,
    ArticleSummary readAlso,
    List<ArticleSummary> related,
    List<MediaAsset> photos) {

  /** The photo of that id among the article's, or null (none chosen, or deleted since). */
  public MediaAsset photo(Long id) {
    if (id == null) {
      return null;
    }
    for (MediaAsset photo : photos) {
      if (photo.id() == id) {
        return photo;
      }
    }
    return null;
  }
}
