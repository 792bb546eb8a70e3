package id.warta.newsroom;

import id.warta.article.Article;
import id.warta.article.ArticleFilter;
import id.warta.article.ArticleListing;
import id.warta.article.ArticleListings;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleStatus;
import id.warta.article.ArticleSummary;
import id.warta.article.StaleArticleException;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaRepository;
import id.warta.platform.BadRequestException;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageNumber;
import id.warta.platform.Paging;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.ForbiddenException;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import id.warta.platform.desk.Role;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import id.warta.wire.WireNotices;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  private final Reviews reviews;
  private final IndonesianDates dates;
  private final URI site;
  private final WireNotices wireNotices;
  private final Autosaves autosaves;

  DeskController(
      Workflow workflow,
      ArticleRepository articles,
      ArticleListings listings,
      SectionRepository sections,
      AuthorRepository authors,
      MediaRepository media,
      Reviews reviews,
      SiteProperties site,
      WireNotices wireNotices,
      Autosaves autosaves) {
    this.wireNotices = wireNotices;
    this.autosaves = autosaves;
    this.workflow = workflow;
    this.reviews = reviews;
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
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Long kanal,
      @RequestParam(required = false) Long penulis,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String dari,
      @RequestParam(required = false) String sampai,
      @RequestParam(defaultValue = "1") PageNumber halaman,
      Model model) {
    Actor actor = principal.actor();
    LocalDate from = parseDate(dari);
    LocalDate to = parseDate(sampai);
    var filter =
        new ArticleFilter(
            parseStatus(status),
            kanal,
            penulis,
            q,
            from == null ? null : from.atStartOfDay(dates.zone()).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(dates.zone()).toInstant(),
            actor.can(Role.EDITOR) ? null : actor.id() == null ? -1L : actor.id());
    model.addAttribute(
        "page",
        listPage(
            "Artikel",
            false,
            actor,
            filter,
            halaman.value(),
            status,
            kanal,
            penulis,
            q,
            dari,
            sampai));
    return "newsroom/articles";
  }

  @GetMapping("/redaksi/antrean")
  String queue(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(defaultValue = "1") PageNumber halaman,
      Model model) {
    var filter = new ArticleFilter(ArticleStatus.IN_REVIEW, null, null, null);
    model.addAttribute(
        "page",
        listPage(
            "Antrean tinjauan",
            true,
            principal.actor(),
            filter,
            halaman.value(),
            "IN_REVIEW",
            null,
            null,
            "",
            "",
            ""));
    return "newsroom/articles";
  }

  private ArticleListPage listPage(
      String heading,
      boolean queue,
      Actor actor,
      ArticleFilter filter,
      int page,
      String status,
      Long kanal,
      Long penulis,
      String q,
      String dari,
      String sampai) {
    long total = listings.count(filter);
    var listed = listings.find(filter, Paging.offset(page, PAGE_SIZE), PAGE_SIZE);
    Map<Long, Reviews.Review> submitted =
        reviews.findAll(
            listed.stream()
                .filter(a -> a.status() == ArticleStatus.IN_REVIEW)
                .map(ArticleListing::id)
                .toList());
    var rows =
        listed.stream()
            .map(
                a ->
                    new ArticleListPage.Row(
                        a,
                        dates.dateLine(a.updatedAt()),
                        a.publishedAt() == null ? "" : dates.dateLine(a.publishedAt()),
                        submittedLine(submitted.get(a.id()))))
            .toList();
    return new ArticleListPage(
        heading,
        queue,
        new Paging<>(rows, page, PAGE_SIZE, total),
        sections.findAll(),
        authors.findAll(),
        status == null ? "" : status,
        kanal == null ? "" : kanal.toString(),
        penulis == null ? "" : penulis.toString(),
        q == null ? "" : q,
        dari == null ? "" : dari,
        sampai == null ? "" : sampai,
        actor.can(Role.EDITOR));
  }

  private String submittedLine(Reviews.Review r) {
    return r == null || r.submittedAt() == null
        ? ""
        : r.submittedBy() + ", " + dates.dateLine(r.submittedAt());
  }

  /** Bulk publish, withdraw or move of the articles ticked in the list; editors only. */
  @PostMapping("/redaksi/artikel/massal")
  String bulk(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(name = "pilih", required = false) List<Long> picked,
      @RequestParam(required = false) String aksi,
      @RequestParam(required = false) Long kanal,
      RedirectAttributes redirect) {
    List<Long> ids = picked == null ? List.of() : picked.stream().filter(Objects::nonNull).toList();
    Action action;
    Long section = null;
    switch (aksi == null ? "" : aksi) {
      case "TERBITKAN" -> action = Action.TERBITKAN;
      case "TARIK" -> action = Action.TARIK;
      case "PINDAH" -> {
        action = Action.SIMPAN;
        section = kanal;
        if (section == null || sections.findById(section).isEmpty()) {
          redirect.addFlashAttribute("error", "Pilih kanal tujuan.");
          return "redirect:/redaksi/artikel";
        }
      }
      default -> throw new BadRequestException("Tindakan tidak dikenal.");
    }
    if (ids.isEmpty() || ids.size() > PAGE_SIZE) {
      redirect.addFlashAttribute("error", "Pilih 1 sampai " + PAGE_SIZE + " artikel.");
      return "redirect:/redaksi/artikel";
    }
    int done = 0;
    List<String> failed = new java.util.ArrayList<>();
    for (long id : ids) {
      try {
        workflow.bulk(principal.actor(), id, action, section);
        done++;
      } catch (IllegalArgumentException | StaleArticleException | NotFoundException e) {
        failed.add(
            id
                + ": "
                + (e instanceof StaleArticleException
                    ? "sedang diubah orang lain"
                    : e.getMessage()));
      }
    }
    redirect.addFlashAttribute(
        "notice",
        done
            + " artikel "
            + (section != null ? "dipindahkan" : action.label().toLowerCase(java.util.Locale.ROOT))
            + ".");
    if (!failed.isEmpty()) {
      redirect.addFlashAttribute("error", "Tidak dapat diproses: " + String.join("; ", failed));
    }
    return "redirect:/redaksi/artikel";
  }

  @GetMapping("/redaksi/artikel/baru")
  String newArticle(@AuthenticationPrincipal NewsroomPrincipal principal, Model model) {
    model.addAttribute(
        "page",
        editorPage(principal.actor(), null, ArticleForm.empty(principal.user().authorId())));
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
      id =
          workflow.create(
              principal.actor(), form.toDraft(site), action, form.scheduleAt(dates.zone()));
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
    if (!workflow.canView(principal.actor(), article)) {
      throw new ForbiddenException("Artikel ini belum terbit dan bukan milik Anda.");
    }
    model.addAttribute("page", editorPage(principal.actor(), article, formOf(article)));
    wireNotices.forArticle(id).ifPresent(n -> model.addAttribute("wireNotice", n));
    return "newsroom/editor";
  }

  @PostMapping("/redaksi/artikel/{id}")
  String save(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      ArticleForm form,
      @RequestParam(required = false) String aksi,
      @RequestParam(name = "catatan", required = false) String note,
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
          actor,
          id,
          form.version(),
          form.toDraft(site),
          action,
          form.scheduleAt(dates.zone()),
          note);
      autosaves.discard(actor.id(), id);
    } catch (StaleArticleException e) {
      response.setStatus(409);
      model.addAttribute(
          "error",
          "Artikel ini sudah diubah orang lain sejak Anda membukanya, jadi perubahan Anda BELUM"
              + " disimpan. Teks Anda masih ada di formulir di bawah: salin bagian yang Anda"
              + " perlukan, lalu buka versi terbaru artikel ini di tab baru dan masukkan kembali"
              + " perubahan Anda.");
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

  /** The writer takes a submitted article back to work on it (it leaves the queue). */
  @PostMapping("/redaksi/artikel/{id}/tarik-ajuan")
  String pullBack(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      @RequestParam(name = "versi", required = false) String version,
      RedirectAttributes redirect) {
    Article article = workflow.find(id);
    if (!workflow.canPullBack(principal.actor(), article)) {
      throw new ForbiddenException("Anda tidak dapat menarik artikel ini dari antrean.");
    }
    int v;
    try {
      v = Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("Versi artikel tidak valid; muat ulang halaman.");
    }
    try {
      workflow.pullBack(principal.actor(), id, v);
    } catch (StaleArticleException e) {
      redirect.addFlashAttribute(
          "error", "Artikel ini sudah diubah sejak Anda membukanya; periksa lagi lalu coba ulang.");
      return "redirect:/redaksi/artikel/" + id;
    }
    redirect.addFlashAttribute("notice", Action.TARIK_AJUAN.notice());
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
          "Tulis artikel",
          null,
          null,
          "",
          form,
          allSections,
          bylines(actor, form),
          media.findRecent(MEDIA_CHOICES),
          true,
          actor.can(Role.EDITOR),
          null,
          List.of(),
          dates.zoneLabel(),
          dates.zone().getId(),
          EditorPage.ReviewLine.NONE,
          false,
          autosave(actor, Autosaves.NEW_ARTICLE));
    }
    String statusLine = Statuses.label(article.status());
    if (article.publishedAt() != null
        && (article.status() == ArticleStatus.PUBLISHED
            || article.status() == ArticleStatus.SCHEDULED)) {
      statusLine += ", " + dates.dateLine(article.publishedAt());
    }
    String publicPath =
        article.isPublished()
            ? sections
                .findById(article.sectionId())
                .map(s -> ArticleSummary.path(s.slug(), article.id(), article.slug()))
                .orElse(null)
            : null;
    var corrections =
        articles.findCorrections(article.id()).stream()
            .map(c -> new EditorPage.CorrectionLine(dates.dateLine(c.createdAt()), c.note()))
            .toList();
    return new EditorPage(
        article.title(),
        article.id(),
        article.status(),
        statusLine,
        form,
        allSections,
        bylines(actor, form),
        media.findRecent(MEDIA_CHOICES),
        workflow.canEdit(actor, article),
        actor.can(Role.EDITOR),
        publicPath,
        corrections,
        dates.zoneLabel(),
        dates.zone().getId(),
        workflow.review(article.id()).map(this::reviewLine).orElse(EditorPage.ReviewLine.NONE),
        workflow.canPullBack(actor, article),
        autosave(actor, article.id()));
  }

  /** The bylines the form offers: all for editors; a writer's own and those already chosen. */
  private List<id.warta.author.Author> bylines(Actor actor, ArticleForm form) {
    var all = authors.findAll();
    if (actor.can(Role.EDITOR)) {
      return all;
    }
    return all.stream()
        .filter(
            a ->
                Long.valueOf(a.id()).equals(actor.authorId())
                    || form.penulis().contains(String.valueOf(a.id())))
        .toList();
  }

  private EditorPage.ReviewLine reviewLine(Reviews.Review r) {
    return new EditorPage.ReviewLine(
        submittedLine(r),
        r.returnedAt() == null ? "" : r.returnedBy() + ", " + dates.dateLine(r.returnedAt()),
        r.returnNote() == null ? "" : r.returnNote());
  }

  /**
   * The server's copy of what this user typed here, as {"at": millis, "values": {...}}, or null.
   */
  private String autosave(Actor actor, long articleKey) {
    if (actor.id() == null) {
      return null;
    }
    return autosaves
        .find(actor.id(), articleKey)
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

  private static LocalDate parseDate(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestException("Tanggal tidak valid; gunakan format TTTT-BB-HH.");
    }
  }
}
