package id.warta.liveblog;

import id.warta.article.Article;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleSummary;
import id.warta.media.MediaRepository;
import id.warta.platform.NotFoundException;
import id.warta.platform.desk.NewsroomScreen;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's live blog screen at /redaksi/langsung/{id}, for editors (the newsroom's security
 * chain admits editors and admins only): start and end the coverage, post an entry in one step,
 * edit or delete one, and see the entries as readers see them.
 */
@Controller
@NewsroomScreen
class LiveDeskController {
  private static final int PHOTO_CHOICES = 40;

  private final LiveBlogService service;
  private final LiveBlogRepository repository;
  private final LiveViews views;
  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final MediaRepository media;

  LiveDeskController(
      LiveBlogService service,
      LiveBlogRepository repository,
      LiveViews views,
      ArticleRepository articles,
      SectionRepository sections,
      MediaRepository media) {
    this.service = service;
    this.repository = repository;
    this.views = views;
    this.articles = articles;
    this.sections = sections;
    this.media = media;
  }

  @GetMapping("/redaksi/langsung/{id:[0-9]{1,18}}")
  String screen(@PathVariable long id, Model model) {
    model.addAttribute("page", page(article(id), LiveDeskPage.EntryForm.EMPTY, null, null));
    return "newsroom/live";
  }

  @PostMapping("/redaksi/langsung/{id:[0-9]{1,18}}/mulai")
  String start(@PathVariable long id, RedirectAttributes redirect) {
    service.start(article(id).id());
    redirect.addFlashAttribute(
        "notice",
        "Liputan langsung dimulai. Pembaca melihat tanda LANGSUNG dan entri baru tanpa memuat"
            + " ulang.");
    return "redirect:/redaksi/langsung/" + id;
  }

  @PostMapping("/redaksi/langsung/{id:[0-9]{1,18}}/selesai")
  String end(@PathVariable long id, RedirectAttributes redirect) {
    service.end(article(id).id());
    redirect.addFlashAttribute(
        "notice",
        "Liputan langsung diakhiri. Artikel tampil sebagai artikel biasa; semua entri tetap ada.");
    return "redirect:/redaksi/langsung/" + id;
  }

  @PostMapping("/redaksi/langsung/{id:[0-9]{1,18}}/entri")
  String post(
      @PathVariable long id,
      LiveDeskPage.EntryForm form,
      Principal principal,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Article article = article(id);
    try {
      long entry = service.post(article.id(), form.toDraft(), principal.getName());
      redirect.addFlashAttribute("notice", "Entri diterbitkan.");
      return "redirect:/redaksi/langsung/" + id + "#entri-" + entry;
    } catch (LiveEntryRejectedException e) {
      return refused(article, form, e.getMessage(), 422, response, model);
    }
  }

  @PostMapping("/redaksi/langsung/{id:[0-9]{1,18}}/entri/{entryId:[0-9]{1,18}}")
  String edit(
      @PathVariable long id,
      @PathVariable long entryId,
      LiveDeskPage.EntryForm form,
      Principal principal,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Article article = article(id);
    entryOf(article, entryId);
    try {
      service.edit(entryId, version(form), form.toDraft(), principal.getName());
    } catch (LiveEntryRejectedException e) {
      response.setStatus(422);
      model.addAttribute("error", "Entri belum diubah: " + e.getMessage());
      model.addAttribute("page", page(article, LiveDeskPage.EntryForm.EMPTY, entryId, form));
      return "newsroom/live";
    } catch (StaleEntryException e) {
      return refused(article, LiveDeskPage.EntryForm.EMPTY, e.getMessage(), 409, response, model);
    }
    redirect.addFlashAttribute("notice", "Entri diubah.");
    return "redirect:/redaksi/langsung/" + id + "#entri-" + entryId;
  }

  @PostMapping("/redaksi/langsung/{id:[0-9]{1,18}}/entri/{entryId:[0-9]{1,18}}/hapus")
  String delete(
      @PathVariable long id,
      @PathVariable long entryId,
      @RequestParam(name = "versi", required = false) Integer versi,
      Principal principal,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Article article = article(id);
    entryOf(article, entryId);
    try {
      service.delete(entryId, versi == null ? -1 : versi, principal.getName());
    } catch (StaleEntryException e) {
      return refused(article, LiveDeskPage.EntryForm.EMPTY, e.getMessage(), 409, response, model);
    }
    redirect.addFlashAttribute("notice", "Entri dihapus.");
    return "redirect:/redaksi/langsung/" + id;
  }

  private String refused(
      Article article,
      LiveDeskPage.EntryForm form,
      String message,
      int status,
      HttpServletResponse response,
      Model model) {
    response.setStatus(status);
    model.addAttribute("error", message);
    model.addAttribute("page", page(article, form, null, null));
    return "newsroom/live";
  }

  private static int version(LiveDeskPage.EntryForm form) {
    if (form.versi() == null) {
      throw new LiveEntryRejectedException("Versi entri tidak ada; muat ulang halaman.");
    }
    return form.versi();
  }

  private Article article(long id) {
    return articles
        .findById(id)
        .orElseThrow(() -> new NotFoundException("Artikel tidak ditemukan."));
  }

  private void entryOf(Article article, long entryId) {
    repository
        .findEntry(entryId)
        .filter(e -> e.articleId() == article.id())
        .orElseThrow(() -> new NotFoundException("Entri tidak ditemukan (mungkin sudah dihapus)."));
  }

  private LiveDeskPage page(
      Article article,
      LiveDeskPage.EntryForm form,
      Long editingId,
      LiveDeskPage.EntryForm editing) {
    String path =
        article.isPublished()
            ? sections
                .findById(article.sectionId())
                .map(s -> ArticleSummary.path(s.slug(), article.id(), article.slug()))
                .orElse(null)
            : null;
    return new LiveDeskPage(
        article.id(),
        article.title(),
        path,
        views
            .forPage(
                article.id(),
                path == null ? "/redaksi/artikel/" + article.id() + "/pratinjau" : path)
            .orElse(null),
        media.findRecent(PHOTO_CHOICES),
        form,
        editingId,
        editing);
  }
}
