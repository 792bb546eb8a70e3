package id.warta.media;

import id.warta.platform.desk.NewsroomScreen;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The media library as JSON for the editor's photo picker: thumbnails, search. */
@RestController
@NewsroomScreen
class MediaPickerController {
  static final int LIMIT = 60;

  /** A photo to pick: its thumbnail, the size put into the body, and what goes under it. */
  record Choice(long id, String thumb, String src, String caption, String credit, String alt) {}

  private final MediaRepository media;

  MediaPickerController(MediaRepository media) {
    this.media = media;
  }

  @GetMapping("/redaksi/media/pilih")
  List<Choice> choices(@RequestParam(name = "q", defaultValue = "") String q) {
    if (q.length() > 100) {
      return List.of();
    }
    List<MediaAsset> found = q.isBlank() ? media.findRecent(LIMIT) : media.search(q, LIMIT);
    return found.stream()
        .map(
            m ->
                new Choice(
                    m.id(),
                    m.url(Rendition.SMALL),
                    m.url(Rendition.MEDIUM),
                    m.caption(),
                    m.credit(),
                    m.altText()))
        .toList();
  }
}
