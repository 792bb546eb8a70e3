package id.warta.newsroom;

import id.warta.author.Portraits;
import id.warta.media.MediaRepository;
import id.warta.media.Rendition;
import java.util.List;
import org.springframework.stereotype.Component;

/** Authors' portraits are images of the media library. */
@Component
class MediaPortraits implements Portraits {
  private final MediaRepository media;

  MediaPortraits(MediaRepository media) {
    this.media = media;
  }

  @Override
  public List<Portrait> recent(int limit) {
    return media.findRecent(limit).stream()
        .map(
            m ->
                new Portrait(
                    m.id(), m.caption() + " (" + m.credit() + ") - " + m.url(Rendition.SMALL)))
        .toList();
  }

  @Override
  public boolean exists(long id) {
    return media.findById(id).isPresent();
  }
}
