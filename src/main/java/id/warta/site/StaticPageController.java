package id.warta.site;

import id.warta.page.StaticPage;
import id.warta.page.StaticPages;
import id.warta.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Static pages at /halaman/{slug}; a page the newsroom has not published does not exist. */
@Controller
class StaticPageController {
  private final StaticPages pages;
  private final SiteFrames frames;

  StaticPageController(StaticPages pages, SiteFrames frames) {
    this.pages = pages;
    this.frames = frames;
  }

  @GetMapping("/halaman/{slug:[a-z0-9-]+}")
  String page(@PathVariable String slug, HttpServletResponse response, Model model) {
    StaticPage page =
        pages
            .findBySlug(slug)
            .filter(StaticPage::published)
            .orElseThrow(() -> new NotFoundException("Halaman tidak ditemukan."));
    String description = Jsoup.parse(page.bodyHtml()).text();
    if (description.length() > 160) {
      description =
          description.substring(
                  0,
                  description.lastIndexOf(' ', 157) > 80 ? description.lastIndexOf(' ', 157) : 157)
              + "...";
    }
    SitePages.cachePublicly(response, Set.of(StaticPage.key(page.id())));
    model.addAttribute(
        "page",
        new StaticPageView(frames.frame(page.title(), description, page.path(), null), page));
    return "site/page";
  }
}
