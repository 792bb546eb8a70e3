package id.warta.newsroom;

import id.warta.article.ArticleQuery;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSummary;
import id.warta.article.PublishedArticles;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.AuditLog;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Home page curation: editors pin the headline stories and set their order. */
@Controller
@NewsroomScreen
class CurationController {
  static final int SLOTS = 6;

  private final ArticleRepository articles;
  private final PublishedArticles published;
  private final AuditLog audit;
  private final URI site;

  CurationController(
      ArticleRepository articles,
      PublishedArticles published,
      AuditLog audit,
      SiteProperties site) {
    this.articles = articles;
    this.published = published;
    this.audit = audit;
    this.site = site.baseUrl();
  }

  @GetMapping("/redaksi/beranda")
  String form(Model model) {
    var pinned = published.findHeadlines().stream().map(a -> String.valueOf(a.id())).toList();
    model.addAttribute("page", page(pinned));
    return "newsroom/curation";
  }

  @PostMapping("/redaksi/beranda")
  @Transactional
  String save(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(name = "utama", required = false) List<String> slots,
      Model model,
      RedirectAttributes redirect) {
    List<String> typed = slots == null ? List.of() : slots;
    List<Long> ids = new ArrayList<>();
    try {
      for (String slot : typed) {
        for (long id : ArticleForm.articleIds(slot, site, "Berita utama")) {
          if (ids.contains(id)) {
            throw new IllegalArgumentException("Artikel " + id + " dipilih lebih dari sekali.");
          }
          ids.add(id);
        }
      }
      if (ids.size() > SLOTS) {
        throw new IllegalArgumentException("Paling banyak " + SLOTS + " berita utama.");
      }
      List<ArticleSummary> found = published.findPublishedSummaries(ids);
      for (long id : ids) {
        if (found.stream().noneMatch(a -> a.id() == id)) {
          throw new IllegalArgumentException("Artikel " + id + " tidak ada atau belum terbit.");
        }
      }
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", page(typed));
      return "newsroom/curation";
    }
    articles.replaceHeadlines(ids);
    audit.record(principal.actor(), "HEADLINES", "beranda", ids.toString());
    redirect.addFlashAttribute("notice", "Berita utama beranda disimpan.");
    return "redirect:/redaksi/beranda";
  }

  private CurationPage page(List<String> typed) {
    List<String> slots = new ArrayList<>(typed);
    while (slots.size() < SLOTS) {
      slots.add("");
    }
    return new CurationPage(
        slots, published.findHeadlines(), published.findPublished(ArticleQuery.ALL, 0, 30));
  }
}
