package id.warta.newsroom;

import id.warta.article.Article;
import id.warta.article.StaleArticleException;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaRepository;
import id.warta.platform.BadRequestException;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.RequestNumbers;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An article's revisions: the list, a readable comparison of two, and restoring one. */
@Controller
@NewsroomScreen
class RevisionController {
  /** Shown for the SEO fields of a revision recorded before revisions kept them. */
  private static final String UNKNOWN = "(tidak tercatat)";

  private final Workflow workflow;
  private final RevisionRepository revisions;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final MediaRepository media;
  private final IndonesianDates dates;

  RevisionController(
      Workflow workflow,
      RevisionRepository revisions,
      SectionRepository sections,
      AuthorRepository authors,
      MediaRepository media,
      SiteProperties site) {
    this.workflow = workflow;
    this.revisions = revisions;
    this.sections = sections;
    this.authors = authors;
    this.media = media;
    this.dates = IndonesianDates.forZone(site.zone());
  }

  @GetMapping("/redaksi/artikel/{id}/revisi")
  String list(
      @AuthenticationPrincipal NewsroomPrincipal principal, @PathVariable long id, Model model) {
    Article article = workflow.find(id);
    var lines = revisions.findAll(id).stream().map(this::line).toList();
    model.addAttribute(
        "page",
        new RevisionPages.ListPage(
            id,
            article.title(),
            article.version(),
            workflow.canEdit(principal.actor(), article),
            lines));
    return "newsroom/revisions";
  }

  @GetMapping("/redaksi/artikel/{id}/revisi/banding")
  String compare(
      @PathVariable long id, @RequestParam String a, @RequestParam String b, Model model) {
    Article article = workflow.find(id);
    int x = number(a);
    int y = number(b);
    Revision older =
        revisions
            .find(id, Math.min(x, y))
            .orElseThrow(() -> new NotFoundException("Revisi tidak ditemukan."));
    Revision newer =
        revisions
            .find(id, Math.max(x, y))
            .orElseThrow(() -> new NotFoundException("Revisi tidak ditemukan."));
    Map<Long, String> sectionNames =
        sections.findAll().stream().collect(Collectors.toMap(Section::id, Section::name));
    Map<Long, String> authorNames =
        authors.findAll().stream().collect(Collectors.toMap(Author::id, Author::name));
    List<RevisionPages.Field> fields =
        List.of(
            field("Status", older, newer, r -> Statuses.label(r.status())),
            field("Kanal", older, newer, r -> sectionNames.getOrDefault(r.sectionId(), "?")),
            field(
                "Penulis",
                older,
                newer,
                r ->
                    r.authorIds().stream()
                        .map(i -> authorNames.getOrDefault(i, "?"))
                        .collect(Collectors.joining(", "))),
            field("Foto utama", older, newer, r -> photo(r.leadMediaId())),
            field("Sumber", older, newer, Revision::source),
            field("Kode editor", older, newer, Revision::editorCode),
            field("Tag", older, newer, r -> String.join(", ", r.tags())),
            field(
                "Baca Juga",
                older,
                newer,
                r ->
                    r.relatedIds().stream().map(String::valueOf).collect(Collectors.joining(", "))),
            field(
                "Baca Juga di dalam isi",
                older,
                newer,
                r -> r.readAlsoId() == null ? "" : String.valueOf(r.readAlsoId())),
            field("Slug", older, newer, Revision::slug),
            field("Judul SEO", older, newer, r -> r.seo() == null ? UNKNOWN : r.seo().title()),
            field(
                "Deskripsi meta",
                older,
                newer,
                r -> r.seo() == null ? UNKNOWN : r.seo().description()),
            field(
                "Gambar media sosial",
                older,
                newer,
                r -> r.seo() == null ? UNKNOWN : photo(r.seo().imageId())));
    model.addAttribute(
        "page",
        new RevisionPages.ComparePage(
            id,
            article.title(),
            line(older),
            line(newer),
            TextDiff.words(older.title(), newer.title()),
            TextDiff.words(older.lead(), newer.lead()),
            TextDiff.words(bodyText(older.bodyHtml()), bodyText(newer.bodyHtml())),
            fields));
    return "newsroom/compare";
  }

  @PostMapping("/redaksi/artikel/{id}/revisi/{number}/pulihkan")
  String restore(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      @PathVariable int number,
      @RequestParam(name = "versi") String version,
      RedirectAttributes redirect) {
    try {
      workflow.restore(principal.actor(), id, number(version), number);
    } catch (StaleArticleException e) {
      redirect.addFlashAttribute(
          "error",
          "Artikel sudah diubah orang lain sejak daftar ini dibuka; tidak ada yang dipulihkan."
              + " Periksa lagi riwayatnya.");
      return "redirect:/redaksi/artikel/" + id + "/revisi";
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/redaksi/artikel/" + id + "/revisi";
    }
    redirect.addFlashAttribute("notice", "Revisi " + number + " dipulihkan sebagai revisi baru.");
    return "redirect:/redaksi/artikel/" + id;
  }

  private RevisionPages.Line line(Revision r) {
    return new RevisionPages.Line(
        r.number(),
        dates.dateLine(r.createdAt()),
        r.userName(),
        r.action(),
        Statuses.label(r.status()),
        r.title());
  }

  private String photo(Long id) {
    if (id == null) {
      return "";
    }
    return media.findById(id).map(m -> m.caption() + " (" + m.credit() + ")").orElse("#" + id);
  }

  private static RevisionPages.Field field(
      String name, Revision older, Revision newer, Function<Revision, String> value) {
    return new RevisionPages.Field(name, value.apply(older), value.apply(newer));
  }

  /** The body as a reader reads it: one block per paragraph, photos as their alt text. */
  static String bodyText(String html) {
    Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
    doc.select("img")
        .forEach(img -> img.replaceWith(new TextNode("[foto: " + img.attr("alt") + "]")));
    doc.select("p, h2, h3, h4, li, blockquote, figure, br, tr").after("\n");
    String text = doc.body().wholeText();
    return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n[ \\n]*", "\n\n").strip();
  }

  private static int number(String raw) {
    return RequestNumbers.number(
        raw == null ? null : raw.strip(),
        9,
        () -> new BadRequestException("Nomor revisi tidak valid."));
  }
}
