package id.warta.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.Content;
import gg.jte.html.HtmlContent;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.Utf8ByteOutput;
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

  /**
   * The modules' HTML by their template ({@code parts/modules.jte} passes its body, the one call
   * site: the HTML is kept per instance, not per template), rendered once for these modules and
   * then copied into every page that shows them: the HTML depends on nothing but this record, and
   * {@link SiteModules} keeps one instance until what it shows changes. Rendering them for every
   * uncached page was 9 % of an article's CPU.
   */
  public Content html(Content template) {
    return (HtmlContent)
        output -> {
          byte[] html = RENDERED.getIfPresent(this);
          if (html == null) {
            var bytes = new Utf8ByteOutput();
            template.writeTo(new OwaspHtmlTemplateOutput(bytes));
            html = bytes.toByteArray();
            RENDERED.put(this, html);
          }
          output.writeBinaryContent(html);
        };
  }

  /** By identity (weak keys): an instance's HTML is dropped with the instance. */
  private static final Cache<Modules, byte[]> RENDERED =
      Caffeine.newBuilder().weakKeys().maximumSize(16).build();
}
