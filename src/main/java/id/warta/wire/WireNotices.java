package id.warta.wire;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * What the editor of a draft taken from the wire should know: the agency changed or withdrew it.
 */
@Service
public class WireNotices {
  private final WireRepository repository;

  WireNotices(WireRepository repository) {
    this.repository = repository;
  }

  /**
   * A sentence for the editor screen, or empty when the item is as it was taken (or not a wire
   * item).
   */
  public Optional<String> forArticle(long articleId) {
    return repository
        .findTakenFor(articleId)
        .flatMap(
            item -> {
              String link = " Lihat /redaksi/kawat/" + item.id() + ".";
              if (item.withdrawn()) {
                return Optional.of(
                    "Kantor berita "
                        + item.agency()
                        + " MENARIK berita ini (versi "
                        + item.version()
                        + "). Jangan terbitkan tanpa memeriksa."
                        + link);
              }
              if (item.changedSinceTaken()) {
                return Optional.of(
                    "Kantor berita "
                        + item.agency()
                        + " mengirim versi baru (versi "
                        + item.version()
                        + "; diambil versi "
                        + item.takenVersion()
                        + ")."
                        + link);
              }
              return Optional.empty();
            });
  }
}
