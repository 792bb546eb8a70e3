package id.warta.site;

import id.warta.article.Article;
import id.warta.article.ArticleRepository;
import id.warta.platform.NotFoundException;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The newsroom's preview: any article, whatever its status, on the reader's own article page. Lives
 * under /redaksi, so only signed-in newsroom staff reach it; never cached or indexed.
 */
@Controller
class PreviewController {
  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final ArticleController pages;
  private final Clock clock;

  PreviewController(
      ArticleRepository articles,
      SectionRepository sections,
      ArticleController pages,
      Clock clock) {
    this.articles = articles;
    this.sections = sections;
    this.pages = pages;
    this.clock = clock;
  }

  @GetMapping("/redaksi/artikel/{id:[0-9]+}/pratinjau")
  String preview(@PathVariable long id, HttpServletResponse response, Model model) {
    Article a =
        articles.findById(id).orElseThrow(() -> new NotFoundException("Artikel tidak ditemukan."));
    Section section = sections.findById(a.sectionId()).orElseThrow();
    // Not yet published: show it as it would look if it went out now.
    Article shown =
        a.publishedAt() != null
            ? a
            : new Article(
                a.id(),
                a.sectionId(),
                a.title(),
                a.slug(),
                a.lead(),
                a.bodyHtml(),
                a.source(),
                a.editorCode(),
                a.leadMediaId(),
                a.readAlsoId(),
                a.status(),
                clock.instant(),
                a.createdAt(),
                clock.instant(),
                a.version(),
                a.seo());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Robots-Tag", "noindex");
    model.addAttribute("page", pages.page(shown, section));
    return "site/article";
  }
}
