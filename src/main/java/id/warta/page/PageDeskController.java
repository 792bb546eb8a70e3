package id.warta.page;

import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors write static pages (/redaksi/halaman): the list, a new page, a page's form with its
 * revisions, and restoring one. A save over someone else's answers 409 and keeps the text.
 */
@Controller
@NewsroomScreen
class PageDeskController {
  private final StaticPages pages;
  private final IndonesianDates dates;

  PageDeskController(StaticPages pages, SiteProperties site) {
    this.pages = pages;
    this.dates = IndonesianDates.forZone(site.zone());
  }

  @GetMapping("/redaksi/halaman")
  String list(Model model) {
    model.addAttribute("page", new PageDeskPage(pages.all(), null, 0, null, null, List.of()));
    return "page/pages";
  }

  @GetMapping("/redaksi/halaman/baru")
  String newForm(Model model) {
    model.addAttribute("page", form(null, 0, new PageDraft("", "", "", false)));
    return "page/edit";
  }

  @PostMapping("/redaksi/halaman/baru")
  String create(
      Principal principal,
      @RequestParam(name = "judul", defaultValue = "") String title,
      @RequestParam(name = "slug", defaultValue = "") String slug,
      @RequestParam(name = "isi", defaultValue = "") String body,
      @RequestParam(name = "terbit", defaultValue = "false") boolean published,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PageDraft draft = new PageDraft(title, slug, body, published);
    try {
      StaticPage created = pages.create(draft, principal.getName());
      redirect.addFlashAttribute("notice", "Halaman " + created.title() + " disimpan.");
      return "redirect:/redaksi/halaman/" + created.id();
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", form(null, 0, draft));
      return "page/edit";
    }
  }

  @GetMapping("/redaksi/halaman/{id:[0-9]+}")
  String edit(@PathVariable long id, Model model) {
    StaticPage page =
        pages.findById(id).orElseThrow(() -> new NotFoundException("Halaman tidak ditemukan."));
    model.addAttribute(
        "page",
        form(
            id,
            page.version(),
            new PageDraft(page.title(), page.slug(), page.bodyHtml(), page.published())));
    return "page/edit";
  }

  @PostMapping("/redaksi/halaman/{id:[0-9]+}")
  String update(
      @PathVariable long id,
      Principal principal,
      @RequestParam(name = "versi") int version,
      @RequestParam(name = "judul", defaultValue = "") String title,
      @RequestParam(name = "slug", defaultValue = "") String slug,
      @RequestParam(name = "isi", defaultValue = "") String body,
      @RequestParam(name = "terbit", defaultValue = "false") boolean published,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PageDraft draft = new PageDraft(title, slug, body, published);
    try {
      StaticPage saved = pages.update(id, version, draft, principal.getName());
      redirect.addFlashAttribute(
          "notice", "Halaman " + saved.title() + " disimpan (revisi " + saved.version() + ").");
      return "redirect:/redaksi/halaman/" + id;
    } catch (StalePageException e) {
      response.setStatus(409);
      model.addAttribute("error", e.getMessage());
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
    }
    model.addAttribute("page", form(id, version, draft));
    return "page/edit";
  }

  @PostMapping("/redaksi/halaman/{id:[0-9]+}/revisi/{version:[0-9]+}/pulihkan")
  String restore(
      @PathVariable long id,
      @PathVariable int version,
      @RequestParam(name = "versi") int current,
      Principal principal,
      RedirectAttributes redirect) {
    try {
      StaticPage saved = pages.restore(id, version, current, principal.getName());
      redirect.addFlashAttribute(
          "notice", "Revisi " + version + " dipulihkan sebagai revisi " + saved.version() + ".");
    } catch (StalePageException | IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/redaksi/halaman/" + id;
  }

  private PageDeskPage form(Long id, int version, PageDraft draft) {
    List<PageDeskPage.Row> revisions =
        id == null
            ? List.of()
            : pages.revisions(id).stream()
                .map(r -> new PageDeskPage.Row(r, dates.dateLine(r.savedAt())))
                .toList();
    String address = draft.slug().isBlank() ? null : StaticPage.pathOf(draft.slug());
    return new PageDeskPage(List.of(), id, version, draft, address, revisions);
  }
}
