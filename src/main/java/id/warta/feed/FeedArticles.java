package id.warta.feed;

import id.warta.article.Article;
import id.warta.article.ArticleQuery;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSummary;
import id.warta.media.MediaAsset;
import id.warta.media.MediaRepository;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Service;

/** Loads published articles whole, as feeds, the API and structured data need them. */
@Service
public class FeedArticles {
  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final MediaRepository media;
  private final SiteProperties site;

  FeedArticles(
      ArticleRepository articles,
      SectionRepository sections,
      MediaRepository media,
      SiteProperties site) {
    this.articles = articles;
    this.sections = sections;
    this.media = media;
    this.site = site;
  }

  /** The newest published articles matching the query. */
  public List<FeedArticle> latest(ArticleQuery query, int limit) {
    List<FeedArticle> result = new ArrayList<>();
    for (ArticleSummary summary : articles.findPublished(query, 0, limit)) {
      find(summary.id()).ifPresent(result::add);
    }
    return result;
  }

  /** The article if readers can see it. */
  public Optional<FeedArticle> find(long id) {
    return articles.findById(id).filter(Article::isPublished).map(this::whole);
  }

  private FeedArticle whole(Article article) {
    Section section =
        sections
            .findById(article.sectionId())
            .orElseThrow(() -> new IllegalStateException("article without section"));
    MediaAsset image =
        article.leadMediaId() == null ? null : media.findById(article.leadMediaId()).orElse(null);
    return new FeedArticle(
        article.id(),
        article.title(),
        site.absolute(ArticleSummary.path(section.slug(), article.id(), article.slug())),
        article.lead(),
        portableBody(article),
        articles.findAuthors(article.id()),
        section,
        articles.findTags(article.id()),
        article.publishedAt(),
        article.updatedAt(),
        image);
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
