package id.warta.site;

import id.warta.epaper.Edition;
import id.warta.platform.IndonesianDates;
import java.util.List;

/**
 * The modules beside and below every article and on the home page, in the seed's order: the
 * e-paper block, Berita Terkini, the partner channels, Berita Populer and Berita Weekend.
 *
 * @param edition the latest edition, or null when there is none yet
 */
public record Modules(
    Edition edition,
    SectionModule latest,
    List<ChannelModule> channels,
    SectionModule popular,
    SectionModule weekend,
    IndonesianDates dates,
    String siteName) {

  public boolean hasEdition() {
    return edition != null;
  }
}
