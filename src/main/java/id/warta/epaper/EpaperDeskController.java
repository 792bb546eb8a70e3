package id.warta.epaper;

import id.warta.platform.IndonesianDates;
import id.warta.platform.SiteProperties;
import id.warta.platform.desk.NewsroomPrincipal;
import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The e-paper screen for editors: upload an edition's PDF, follow its processing, retry a failure.
 */
@Controller
@NewsroomScreen
class EpaperDeskController {
  static final int SHOWN = 30;

  private final EpaperDesk desk;
  private final EditionService editions;
  private final EpaperProperties properties;
  private final IndonesianDates dates;
  private final Clock clock;

  EpaperDeskController(
      EpaperDesk desk,
      EditionService editions,
      EpaperProperties properties,
      SiteProperties site,
      Clock clock) {
    this.desk = desk;
    this.editions = editions;
    this.properties = properties;
    this.dates = site.dates();
    this.clock = clock;
  }

  @GetMapping("/redaksi/epaper")
  String list(Model model) {
    LocalDate today = dates.localDate(clock.instant());
    model.addAttribute(
        "page",
        page(new EpaperPage.Fields(today.toString(), properties.editionTitle(), "", "", "", "")));
    return "newsroom/epaper";
  }

  @PostMapping("/redaksi/epaper")
  String upload(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @RequestParam(name = "berkas", required = false) MultipartFile file,
      @RequestParam(name = "tanggal", required = false) String date,
      @RequestParam(name = "judul", required = false) String title,
      @RequestParam(name = "judulFokus", required = false) String focusTitle,
      @RequestParam(name = "teaserFokus", required = false) String focusTeaser,
      @RequestParam(name = "halamanAwal", required = false) String firstPage,
      @RequestParam(name = "halamanAkhir", required = false) String lastPage,
      @RequestParam(name = "ganti", required = false) String replace,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    try {
      byte[] pdf = file == null ? new byte[0] : file.getBytes();
      var upload =
          new EditionUpload(
              pdf,
              date(date),
              title,
              focusTitle,
              focusTeaser,
              page(firstPage, "awal"),
              page(lastPage, "akhir"));
      boolean replacing = "ya".equals(replace);
      var stored =
          replacing
              ? desk.replace(principal.actor(), upload)
              : desk.upload(principal.actor(), upload);
      redirect.addFlashAttribute(
          "notice",
          "Edisi "
              + stored.title()
              + " "
              + dates.shortDay(stored.editionDate())
              + (replacing ? " diganti dengan PDF baru (" : " diunggah (")
              + stored.pageCount()
              + " halaman). Halamannya sedang diproses; edisi tampil di situs setelah semua halaman"
              + " siap.");
      return "redirect:/redaksi/epaper";
    } catch (InvalidEditionException e) {
      response.setStatus(422);
      model.addAttribute("error", e.getMessage());
      model.addAttribute(
          "page",
          page(
              new EpaperPage.Fields(
                  nz(date),
                  nz(title),
                  nz(focusTitle),
                  nz(focusTeaser),
                  nz(firstPage),
                  nz(lastPage))));
      return "newsroom/epaper";
    }
  }

  @PostMapping("/redaksi/epaper/{id}/ulang")
  String retry(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      RedirectAttributes redirect) {
    try {
      var retried = desk.retry(principal.actor(), id);
      redirect.addFlashAttribute(
          "notice",
          "Edisi "
              + retried.title()
              + " "
              + dates.shortDay(retried.editionDate())
              + " diproses ulang.");
    } catch (InvalidEditionException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/redaksi/epaper";
  }

  /**
   * Deleting needs the box "yakin" ticked in the same form: a confirmation that works without
   * JavaScript.
   */
  @PostMapping("/redaksi/epaper/{id}/hapus")
  String delete(
      @AuthenticationPrincipal NewsroomPrincipal principal,
      @PathVariable long id,
      @RequestParam(name = "yakin", required = false) String sure,
      RedirectAttributes redirect) {
    if (!"ya".equals(sure)) {
      redirect.addFlashAttribute(
          "error", "Edisi tidak dihapus: centang \"Ya, hapus edisi ini\" untuk memastikan.");
      return "redirect:/redaksi/epaper";
    }
    try {
      var deleted = desk.delete(principal.actor(), id);
      redirect.addFlashAttribute(
          "notice",
          "Edisi " + deleted.title() + " " + dates.shortDay(deleted.editionDate()) + " dihapus.");
    } catch (InvalidEditionException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/redaksi/epaper";
  }

  private EpaperPage page(EpaperPage.Fields fields) {
    var rows =
        editions.recent(SHOWN).stream()
            .map(p -> new EpaperPage.Row(p, dates.day(p.editionDate())))
            .toList();
    return new EpaperPage(rows, fields);
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidEditionException("Tanggal edisi tidak valid; tulis seperti 2021-06-23.");
    }
  }

  private static Integer page(String value, String which) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidEditionException("Halaman " + which + " Fokus harus berupa angka.");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
