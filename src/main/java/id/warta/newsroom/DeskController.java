package id.warta.newsroom;

import id.warta.platform.desk.NewsroomScreen;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.ForbiddenException;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.Role;
import id.warta.article.Article;
import id.warta.article.ArticleFilter;
import id.warta.article.ArticleListings;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.ArticleSummary;
import id.warta.article.StaleArticleException;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaRepository;
import id.warta.platform.BadRequestException;
import id.warta.platform.IndonesianDates;
import id.warta.platform.Paging;
import id.warta.platform.SiteProperties;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The article list, the review queue, the editor and its workflow buttons, corrections. */
@Controller
@NewsroomScreen
class DeskController {
  static final int PAGE_SIZE = 50;
  static final int MEDIA_CHOICES = 200;

  private final Workflow workflow;
  private final ArticleRepository articles;
  private final ArticleListings listings;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final MediaRepository media;
  private final IndonesianDates dates;
  private final URI site;
  private final Autosaves autosaves;

  DeskController(
      Workflow workflow,
      ArticleRepository articles,
      ArticleListings listings,
      SectionRepository sections,
      AuthorRepository authors,
      MediaRepository media,
      SiteProperties site,
      Autosaves autosaves) {
    this.autosaves = autosaves;
    this.workflow = workflow;
    this.articles = articles;
    this.listings = listings;
    this.sections = sections;
    this.authors = authors;
    this.media = media;
    this.dates = IndonesianDates.forZone(site.zone());
    this.site = site.baseUrl();
  }

  @GetMapping("/redaksi/artikel")
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String kanal,
      @RequestParam(required = false) String penulis,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String halaman,
      Model model) {
    var filter =
        new ArticleFilter(parseStatus(status), parseId(kanal), parseId(penulis), q);
    model.addAttribute(
        "page", listPage("Artikel", false, filter, Paging.parsePage(halaman), status, kanal, penulis, q));
    return "newsroom/articles";
  }

  @GetMapping("/redaksi/antrean")
  String queue(@RequestParam(required = false) String halaman, Model model) {
    var filter = new ArticleFilter(ArticleStatus.IN_REVIEW, null, null, null);
    model.addAttribute(
        "page",
        listPage("Antrean tinjauan", true, filter, Paging.parsePage(halaman), "IN_REVIEW", "", "", ""));
    return "newsroom/articles";
  }

  private ArticleListPage listPage(
      String heading, boolean queue, ArticleFilter filter, int page, String status, String kanal,
      String penulis, String q) {
    long total = listings.count(filter);
    var rows =
        listings.find(filter, Paging.offset(page, PAGE_SIZE), PAGE_SIZE).stream()
            .map(
                a ->
                    new ArticleListPage.Row(
                        a,
                        dates.dateLine(a.updatedAt()),
                        a.publishedAt() == null ? "" : dates.dateLine(a.publishedAt())))
            .toList();
    return new ArticleListPage(
        heading, queue, new Paging<>(rows, page, PAGE_SIZE, total), sections.findAll(),
        authors.findAll(), status == null ? "" : status, kanal == null ? "" : kanal,
        penulis == null ? "" : penulis, q == null ? "" : q);
  }

  @GetMapping("/redaksi/artikel/baru")
  String newArticle(@AuthenticationPrincipal NewsroomPrincipal principal, Model model) {
    model.addAttribute(
        "page", editorPage(principal.actor(), null, ArticleForm.empty(principal.user().authorId())));
    return "newsroom/editor";
  }

  @PostMapping("/redaksi/artikel/baru")
  String create(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      ArticleForm form,
      @RequestParam(required = false) String aksi,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Action action = Action.parse(aksi);
    long id;
    try {
      if (action == Action.JADWALKAN || action == Action.TARIK || action == Action.KEMBALIKAN) {
        throw new IllegalArgumentException("Simpan artikel dulu sebelum menjadwalkan.");
      }
      id = workflow.create(principal.actor(), form.toDraft(site), action);
      // Saved: the server's copy of the new-article form is no longer news.
      autosaves.discard(principal.actor().id(), Autosaves.NEW_ARTICLE);
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", editorPage(principal.actor(), null, form));
      return "newsroom/editor";
    }
    redirect.addFlashAttribute("notice", action.notice());
    return "redirect:/redaksi/artikel/" + id;
  }

  @GetMapping("/redaksi/artikel/{id}")
  String edit(
      @AuthenticationPrincipal NewsroomPrincipal principal, @PathVariable long id, Model model) {
    Article article = workflow.find(id);
    model.addAttribute("page", editorPage(principal.actor(), article, formOf(article)));
    return "newsroom/editor";
  }

  @PostMapping("/redaksi/artikel/{id}")
  String save(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      ArticleForm form,
      @RequestParam(required = false) String aksi,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Action action = Action.parse(aksi);
    Actor actor = principal.actor();
    Article article = workflow.find(id);
    if (!workflow.canEdit(actor, article)) {
      throw new ForbiddenException("Anda tidak dapat mengubah artikel ini.");
    }
    try {
      workflow.save(
          actor, id, form.version(), form.toDraft(site), action, form.scheduleAt(dates.zone()));
      autosaves.discard(actor.id(), id);
    } catch (StaleArticleException e) {
      response.setStatus(409);
      model.addAttribute(
          "error",
          "Artikel ini sudah diubah orang lain sejak Anda membukanya, jadi perubahan Anda BELUM"
              + " disimpan. Teks Anda masih ada di formulir di bawah: salin bagian yang Anda perlukan,"
              + " lalu buka versi terbaru artikel ini di tab baru dan masukkan kembali perubahan Anda.");
      model.addAttribute("page", editorPage(actor, workflow.find(id), form));
      return "newsroom/editor";
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("page", editorPage(actor, article, form));
      return "newsroom/editor";
    }
    redirect.addFlashAttribute("notice", action.notice());
    return "redirect:/redaksi/artikel/" + id;
  }

  @PostMapping("/redaksi/artikel/{id}/ralat")
  String correct(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      @RequestParam(name = "ralat", required = false) String note,
      RedirectAttributes redirect) {
    try {
      workflow.correct(principal.actor(), id, note);
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/redaksi/artikel/" + id;
    }
    redirect.addFlashAttribute("notice", "Ralat ditambahkan dan tampil di halaman artikel.");
    return "redirect:/redaksi/artikel/" + id;
  }

  private ArticleForm formOf(Article article) {
    return ArticleForm.of(
        article,
        articles.findAuthors(article.id()),
        articles.findTags(article.id()),
        articles.findRelatedIds(article.id()),
        dates.zone());
  }

  EditorPage editorPage(Actor actor, Article article, ArticleForm form) {
    List<Section> allSections = sections.findAll();
    if (article == null) {
      return new EditorPage(
          "Tulis artikel", null, null, "", form, allSections, authors.findAll(),
          media.findRecent(MEDIA_CHOICES), true, actor.can(Role.EDITOR), null, List.of(),
          dates.zoneLabel(), autosave(actor, Autosaves.NEW_ARTICLE));
    }
    String statusLine = Statuses.label(article.status());
    if (article.publishedAt() != null
        && (article.status() == ArticleStatus.PUBLISHED || article.status() == ArticleStatus.SCHEDULED)) {
      statusLine += ", " + dates.dateLine(article.publishedAt());
    }
    String publicPath =
        article.isPublished()
            ? sections.findById(article.sectionId())
                .map(s -> ArticleSummary.path(s.slug(), article.id(), article.slug()))
                .orElse(null)
            : null;
    var corrections =
        articles.findCorrections(article.id()).stream()
            .map(c -> new EditorPage.CorrectionLine(dates.dateLine(c.createdAt()), c.note()))
            .toList();
    return new EditorPage(
        article.title(), article.id(), article.status(), statusLine, form, allSections,
        authors.findAll(), media.findRecent(MEDIA_CHOICES), workflow.canEdit(actor, article),
        actor.can(Role.EDITOR), publicPath, corrections, dates.zoneLabel(),
        autosave(actor, article.id()));
  }

  /** The server's copy of what this user typed here, as {"at": millis, "values": {...}}, or null. */
  private String autosave(Actor actor, long articleKey) {
    if (actor.id() == null) {
      return null;
    }
    return autosaves.find(actor.id(), articleKey)
        .map(a -> "{\"at\":" + a.savedAt().toEpochMilli() + ",\"values\":" + a.fields() + "}")
        .orElse(null);
  }

  private static ArticleStatus parseStatus(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return ArticleStatus.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("Status tidak dikenal.");
    }
  }

  private static Long parseId(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.length() > 18 || !raw.strip().chars().allMatch(Character::isDigit)) {
      throw new BadRequestException("Pilihan filter tidak valid.");
    }
    return Long.parseLong(raw.strip());
  }
}
