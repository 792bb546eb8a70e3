package id.warta.site;

import id.warta.epaper.Edition;
import id.warta.platform.IndonesianDates;
import java.util.List;
import java.util.Set;

/**
 * The modules beside and below every article and on the home page, in the seed's order: the e-paper
 * block, Berita Terkini, the partner channels, Berita Populer and Berita Weekend.
 *
 * @param edition the latest edition, or null when there is none yet
 * @param keys the surrogate keys of what the modules show, for the page that shows them
 * @param live the articles covered live right now (a live blog's start and end change "articles")
 */
public record Modules(
    Edition edition,
    SectionModule latest,
    List<ChannelModule> channels,
    SectionModule popular,
    SectionModule weekend,
    IndonesianDates dates,
    String siteName,
    Set<String> keys,
    Set<Long> live) {

  public boolean hasEdition() {
    return edition != null;
  }

  /** Whether the article is covered live right now (lists show a badge). */
  public boolean isLive(long articleId) {
    return live.contains(articleId);
  }
}
