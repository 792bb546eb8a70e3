package id.warta.site;

import id.warta.article.ArticleKeys;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.platform.BadRequestException;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageNumber;
import id.warta.popular.MostRead;
import id.warta.search.ArticleSearch;
import id.warta.search.SearchRequest;
import id.warta.search.SearchResults;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /cari: search with filters by section (kanal) and date (dari, sampai), most relevant or newest
 * first (urut), paginated (halaman). Lives in site because it is a read-only page combining search,
 * articles and Berita Populer; the engine is {@link ArticleSearch}.
 */
@Controller
class SearchController {
  static final int POPULAR_SIZE = 5;

  private final ArticleSearch search;
  private final PublishedArticles articles;
  private final SectionRepository sections;
  private final MostRead mostRead;
  private final SiteModules modules;
  private final SiteFrames frames;
  private final SiteLayoutProperties layout;

  SearchController(
      ArticleSearch search,
      PublishedArticles articles,
      SectionRepository sections,
      MostRead mostRead,
      SiteModules modules,
      SiteFrames frames,
      SiteLayoutProperties layout) {
    this.search = search;
    this.articles = articles;
    this.sections = sections;
    this.mostRead = mostRead;
    this.modules = modules;
    this.frames = frames;
    this.layout = layout;
  }

  @GetMapping("/cari")
  String search(
      @RequestParam(name = "q", required = false) String rawQuery,
      @RequestParam(name = "kanal", required = false) String rawSection,
      @RequestParam(name = "dari", required = false) String rawFrom,
      @RequestParam(name = "sampai", required = false) String rawTo,
      @RequestParam(name = "urut", required = false) String rawOrder,
      @RequestParam(name = "halaman", defaultValue = "1") PageNumber halaman,
      HttpServletResponse response,
      Model model) {
    String query = rawQuery == null ? "" : rawQuery.strip();
    if (query.length() > search.maxQueryLength()) {
      throw new BadRequestException(
          "Kata kunci terlalu panjang: paling banyak " + search.maxQueryLength() + " karakter.");
    }
    Section section = section(rawSection);
    LocalDate from = SitePages.parseDate(rawFrom);
    LocalDate to = SitePages.parseDate(rawTo);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("Tanggal awal (dari) harus sebelum tanggal akhir (sampai).");
    }
    SearchRequest.Order order = order(rawOrder);
    int page = halaman.value();
    IndonesianDates dates = frames.site().dates();

    List<SearchPage.Result> results = List.of();
    long total = 0;
    boolean totalIsLowerBound = false;
    int totalPages = 1;
    String suggestion = null;
    boolean incomplete = false;
    if (!query.isEmpty()) {
      SearchResults found =
          search.search(
              new SearchRequest(
                  query,
                  section == null ? null : section.slug(),
                  from == null ? null : dates.startOfDay(from),
                  to == null ? null : dates.startOfDay(to.plusDays(1)),
                  order,
                  page));
      if (page > found.totalPages()) {
        throw new NotFoundException("Halaman " + page + " tidak ada.");
      }
      results = withArticles(found.hits());
      total = found.total();
      totalIsLowerBound = found.totalIsLowerBound();
      totalPages = found.totalPages();
      suggestion = found.suggestion();
      incomplete = found.incomplete();
    } else if (page > 1) {
      throw new NotFoundException("Halaman " + page + " tidak ada.");
    }
    String title = query.isEmpty() ? "Cari Berita" : "Hasil pencarian \"" + query + "\"";
    if (page > 1) {
      title += " - Halaman " + page;
    }
    var frame =
        new PageFrame(
                frames.site().name(),
                title,
                "Cari berita " + frames.site().name() + ".",
                null,
                sections.findAll(),
                null,
                null,
                true)
            .withFooter(frames.footer());
    // Results follow the index, which follows article changes; the rest is shared modules.
    Modules shared = modules.build();
    Set<String> keys = new HashSet<>(shared.keys());
    keys.add(ArticleKeys.ARTICLES);
    SitePages.cachePublicly(response, keys);
    model.addAttribute(
        "page",
        new SearchPage(
            frame,
            query,
            search.maxQueryLength(),
            sections.findAll(),
            section == null ? null : section.slug(),
            from == null ? null : from.toString(),
            to == null ? null : to.toString(),
            order == SearchRequest.Order.NEWEST,
            results,
            total,
            totalIsLowerBound,
            page,
            totalPages,
            suggestion,
            incomplete,
            results.isEmpty() ? mostRead.top(POPULAR_SIZE) : List.of(),
            shared,
            layout.excerptLength()));
    return "site/search";
  }

  private Section section(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String slug = raw.strip();
    if (slug.length() > 60 || !slug.matches("[a-z0-9-]+")) {
      throw new BadRequestException("Kanal tidak valid.");
    }
    return sections
        .findBySlug(slug)
        .orElseThrow(() -> new NotFoundException("Kanal tidak ditemukan."));
  }

  private static SearchRequest.Order order(String raw) {
    if (raw == null || raw.isBlank() || raw.strip().equals("relevan")) {
      return SearchRequest.Order.RELEVANCE;
    }
    if (raw.strip().equals("terbaru")) {
      return SearchRequest.Order.NEWEST;
    }
    throw new BadRequestException("Urutan tidak valid: pilih \"relevan\" atau \"terbaru\".");
  }

  /** Joins hits to the articles as lists show them; a hit withdrawn meanwhile is left out. */
  private List<SearchPage.Result> withArticles(List<SearchResults.Hit> hits) {
    Map<Long, ArticleSummary> byId =
        articles
            .findPublishedSummaries(hits.stream().map(SearchResults.Hit::articleId).toList())
            .stream()
            .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
    List<SearchPage.Result> results = new ArrayList<>(hits.size());
    for (SearchResults.Hit hit : hits) {
      ArticleSummary article = byId.get(hit.articleId());
      if (article != null) {
        results.add(new SearchPage.Result(article, hit.titleHtml(), hit.snippetHtml()));
      }
    }
    return results;
  }
}
