package id.warta.wire;

import id.warta.platform.BadRequestException;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageNumber;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.NewsroomScreen;
import id.warta.section.SectionRepository;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wire desk: the queue (writers and up), an item and its "Ambil", and the sources (admins; the
 * newsroom's security chain holds /redaksi/kawat/sumber/** to ADMIN).
 */
@Controller
@NewsroomScreen
class WireDeskController {
  static final int PAGE_SIZE = 50;

  private final WireRepository repository;
  private final WireTaking taking;
  private final WirePoller poller;
  private final SectionRepository sections;
  private final IndonesianDates dates;

  WireDeskController(
      WireRepository repository,
      WireTaking taking,
      WirePoller poller,
      SectionRepository sections,
      SiteProperties site) {
    this.repository = repository;
    this.taking = taking;
    this.poller = poller;
    this.sections = sections;
    this.dates = IndonesianDates.forZone(site.zone());
  }

  @GetMapping("/redaksi/kawat")
  String queue(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "sumber", required = false) Long sourceId,
      @RequestParam(name = "halaman", defaultValue = "1") PageNumber halaman,
      Model model) {
    int page = halaman.value();
    if (page > 10_000) {
      throw new BadRequestException("Halaman tidak ada.");
    }
    String q = query == null ? "" : query.strip();
    if (q.length() > 200) {
      throw new BadRequestException("Kata pencarian paling banyak 200 karakter.");
    }
    var items = repository.findQueue(q, sourceId, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
    var rows =
        items.stream()
            .limit(PAGE_SIZE)
            .map(i -> new WirePages.Row(i, dates.dateLine(i.receivedAt())))
            .toList();
    model.addAttribute(
        "page",
        new WirePages.Queue(
            rows,
            repository.findSources(),
            q,
            sourceId,
            page,
            page > 1,
            items.size() > PAGE_SIZE,
            repository.countQueue(q, sourceId)));
    return "wire/queue";
  }

  @GetMapping("/redaksi/kawat/{id}")
  String item(@PathVariable long id, Model model) {
    WireItem item =
        repository
            .findItem(id)
            .orElseThrow(() -> new NotFoundException("Berita kawat tidak ditemukan."));
    model.addAttribute(
        "page",
        new WirePages.Item(
            item,
            sections.findAll(),
            dates.dateLine(item.receivedAt()),
            item.versionCreated() == null ? "-" : dates.dateLine(item.versionCreated())));
    return "wire/item";
  }

  @PostMapping("/redaksi/kawat/{id}/ambil")
  String take(
      @PathVariable long id,
      @RequestParam(name = "sectionId", required = false) Long sectionId,
      Principal principal,
      RedirectAttributes redirect) {
    if (sectionId == null) {
      redirect.addFlashAttribute("error", "Pilih kanal untuk draf ini.");
      return "redirect:/redaksi/kawat/" + id;
    }
    try {
      var taken = taking.take(id, sectionId, principal.getName());
      String notice = "Berita kawat diambil sebagai draf.";
      if (!taken.photoProblems().isEmpty()) {
        notice += " Foto yang tidak terambil: " + String.join(" ", taken.photoProblems());
      }
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/redaksi/artikel/" + taken.articleId();
    } catch (WireTaking.AlreadyTaken e) {
      redirect.addFlashAttribute("error", "Berita ini sudah diambil sebelumnya.");
      return e.articleId != null
          ? "redirect:/redaksi/artikel/" + e.articleId
          : "redirect:/redaksi/kawat/" + id;
    } catch (BadRequestException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/redaksi/kawat/" + id;
    }
  }

  @GetMapping("/redaksi/kawat/sumber")
  String sources(Model model) {
    model.addAttribute("page", sourcesPage(WireSourceForm.empty(), List.of()));
    return "wire/sources";
  }

  @PostMapping("/redaksi/kawat/sumber")
  String create(@ModelAttribute WireSourceForm form, Model model, RedirectAttributes redirect) {
    List<String> errors = WireSourceForm.newErrors();
    var valid = form.validate(poller.folderRoot(), errors);
    if (valid != null && repository.nameTaken(valid.name())) {
      errors.add("Nama sumber sudah dipakai.");
    }
    if (!errors.isEmpty()) {
      model.addAttribute("page", sourcesPage(form, errors));
      model.addAttribute("error", "Sumber belum disimpan: periksa isian.");
      return "wire/sources";
    }
    repository.insertSource(valid);
    redirect.addFlashAttribute("notice", "Sumber kawat " + valid.name() + " disimpan.");
    return "redirect:/redaksi/kawat/sumber";
  }

  @PostMapping("/redaksi/kawat/sumber/{id}/ambil")
  String pollNow(@PathVariable long id, RedirectAttributes redirect) {
    repository
        .findSource(id)
        .orElseThrow(() -> new NotFoundException("Sumber kawat tidak ditemukan."));
    var result = poller.poll(id, false);
    if (result.error() != null) {
      redirect.addFlashAttribute("error", "Pengambilan gagal: " + result.error());
    } else if (result.notModified()) {
      redirect.addFlashAttribute(
          "notice", "Tidak ada kiriman baru (tidak berubah sejak pengambilan terakhir).");
    } else {
      redirect.addFlashAttribute(
          "notice",
          result.stored()
              + " berita baru, "
              + result.errors()
              + " rusak, "
              + result.repeats()
              + " sudah ada.");
    }
    return "redirect:/redaksi/kawat/sumber";
  }

  @PostMapping("/redaksi/kawat/sumber/{id}/aktifkan")
  String enable(@PathVariable long id) {
    repository
        .findSource(id)
        .orElseThrow(() -> new NotFoundException("Sumber kawat tidak ditemukan."));
    repository.setEnabled(id, true);
    return "redirect:/redaksi/kawat/sumber";
  }

  @PostMapping("/redaksi/kawat/sumber/{id}/nonaktifkan")
  String disable(@PathVariable long id) {
    repository
        .findSource(id)
        .orElseThrow(() -> new NotFoundException("Sumber kawat tidak ditemukan."));
    repository.setEnabled(id, false);
    return "redirect:/redaksi/kawat/sumber";
  }

  private WirePages.Sources sourcesPage(WireSourceForm form, List<String> errors) {
    var rows =
        repository.findSources().stream()
            .map(
                s ->
                    new WirePages.SourceRow(
                        s,
                        line(s.lastPolledAt()),
                        line(s.lastSuccessAt()),
                        s.enabled() ? line(s.nextPollAt()) : "-"))
            .toList();
    return new WirePages.Sources(
        rows, form, errors, List.of(WireKind.values()), poller.folderRoot().toString());
  }

  private String line(Instant instant) {
    return instant == null || instant.toEpochMilli() == 0 ? "-" : dates.dateLine(instant);
  }
}
