package id.warta.media;

import java.util.List;

/**
 * What shows an image, asked before it is deleted so no page loses a photo. The features that show
 * media implement it (articles do), since the library may not read their tables.
 */
public interface MediaReferences {
  /** Titles of what shows this image (the asset's id and file key), or none. */
  List<String> titlesUsing(long mediaId, String fileKey);
}
