package id.warta.feed;

import id.warta.article.Article;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.article.WholeArticle;
import id.warta.article.WholeArticles;
import id.warta.media.MediaAsset;
import id.warta.media.MediaRepository;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;

/** Published articles whole, as feeds, the API and structured data need them. */
@Service
public class FeedArticles {
  private final PublishedArticles published;
  private final WholeArticles wholeArticles;
  private final SectionRepository sections;
  private final MediaRepository media;
  private final SiteProperties site;

  FeedArticles(
      PublishedArticles published,
      WholeArticles wholeArticles,
      SectionRepository sections,
      MediaRepository media,
      SiteProperties site) {
    this.published = published;
    this.wholeArticles = wholeArticles;
    this.sections = sections;
    this.media = media;
    this.site = site;
  }

  /**
   * The newest published articles matching the query, in a fixed number of queries whatever the
   * limit (the list, the articles whole, their images).
   */
  public List<FeedArticle> latest(ArticleQuery query, int limit) {
    List<Long> ids =
        published.findPublished(query, 0, limit).stream().map(ArticleSummary::id).toList();
    return whole(wholeArticles.load(ids));
  }

  /** The article if readers can see it. */
  public Optional<FeedArticle> find(long id) {
    return whole(wholeArticles.load(List.of(id))).stream().findFirst();
  }

  private List<FeedArticle> whole(List<WholeArticle> loaded) {
    List<WholeArticle> visible = loaded.stream().filter(w -> w.article().isPublished()).toList();
    Map<Long, Section> sectionsById = new HashMap<>();
    sections.findAll().forEach(s -> sectionsById.put(s.id(), s));
    Map<Long, MediaAsset> images = new HashMap<>();
    media
        .findByIds(
            visible.stream()
                .map(w -> w.article().leadMediaId())
                .filter(Objects::nonNull)
                .distinct()
                .toList())
        .forEach(m -> images.put(m.id(), m));
    List<FeedArticle> result = new ArrayList<>(visible.size());
    for (WholeArticle w : visible) {
      Article article = w.article();
      Section section = sectionsById.get(article.sectionId());
      if (section == null) { // created after the menu's list was read
        section =
            sections
                .findById(article.sectionId())
                .orElseThrow(() -> new IllegalStateException("article without section"));
      }
      result.add(
          new FeedArticle(
              article.id(),
              article.title(),
              site.absolute(ArticleSummary.path(section.slug(), article.id(), article.slug())),
              article.lead(),
              portableBody(article),
              w.authors(),
              section,
              w.tags(),
              article.publishedAt(),
              article.updatedAt(),
              article.leadMediaId() == null ? null : images.get(article.leadMediaId())));
    }
    return result;
  }

  /** The body with its attribution, and site-relative links and images made absolute. */
  private String portableBody(Article article) {
    Document doc = Jsoup.parseBodyFragment(article.bodyHtml(), site.baseUrl() + "/");
    doc.outputSettings().prettyPrint(false);
    for (Element link : doc.select("a[href^=/], img[src^=/]")) {
      String attribute = link.nameIs("a") ? "href" : "src";
      link.attr(attribute, site.absolute(link.attr(attribute)));
    }
    String attribution = article.attribution();
    if (!attribution.isEmpty()) {
      doc.body().appendElement("p").text(attribution);
    }
    return doc.body().html();
  }
}
