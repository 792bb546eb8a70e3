package id.warta.site;

import id.warta.epaper.Edition;
import id.warta.platform.IndonesianDates;
import java.util.List;
import java.util.Set;

/**
 * The modules beside and below every article and on the home page, in the seed's order: the
 * e-paper block, Berita Terkini, the partner channels, Berita Populer and Berita Weekend.
 *
 * @param edition the latest edition, or null when there is none yet
 * @param keys the surrogate keys of what the modules show, for the page that shows them
 */
public record Modules(
    Edition edition,
    SectionModule latest,
    List<ChannelModule> channels,
    SectionModule popular,
    SectionModule weekend,
    IndonesianDates dates,
    String siteName,
    Set<String> keys) {

  public boolean hasEdition() {
    return edition != null;
  }
}
