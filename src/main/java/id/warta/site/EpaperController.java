package id.warta.site;

import id.warta.epaper.Edition;
import id.warta.epaper.EditionRepository;
import id.warta.epaper.EditionService;
import id.warta.epaper.EpaperProperties;
import id.warta.platform.BadRequestException;
import id.warta.platform.IndonesianDates;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageNumber;
import id.warta.platform.Paging;
import id.warta.search.EpaperSearch;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The e-paper for readers: the archive at /epaper, an edition at /epaper/{date}, the page reader at
 * /epaper/{date}/{page} and the PDF at /epaper/{date}/pdf. Only ready editions exist here.
 */
@Controller
class EpaperController {
  private final EditionRepository editions;
  private final EditionService editionService;
  private final EpaperProperties properties;
  private final SiteFrames frames;
  private final EpaperSearch search;

  EpaperController(
      EditionRepository editions,
      EditionService editionService,
      EpaperProperties properties,
      SiteFrames frames,
      EpaperSearch search) {
    this.search = search;
    this.editions = editions;
    this.editionService = editionService;
    this.properties = properties;
    this.frames = frames;
  }

  @GetMapping("/epaper")
  String archive(
      @RequestParam(name = "bulan", required = false) String rawMonth,
      @RequestParam(name = "halaman", defaultValue = "1") PageNumber halaman,
      HttpServletResponse response,
      Model model) {
    YearMonth month = parseMonth(rawMonth);
    int page = halaman.value();
    int size = properties.archivePageSize();
    long total = editions.countReady(month);
    Paging.requirePage(page, size, total);
    var paging =
        new Paging<>(editions.findReady(month, Paging.offset(page, size), size), page, size, total);
    var archive =
        new EpaperArchivePage(
            null, paging, month, editions.findReadyMonths(), frames.site().dates());
    String title = page > 1 ? archive.heading() + " - Halaman " + page : archive.heading();
    var frame =
        frames.frame(
            title,
            "Edisi cetak " + frames.site().name() + " dalam bentuk digital, halaman demi halaman.",
            archive.pagePath(page),
            null);
    SitePages.cachePublicly(response, List.of(Edition.KEY));
    model.addAttribute(
        "page", new EpaperArchivePage(frame, paging, month, archive.months(), archive.dates()));
    return "site/epaper-archive";
  }

  /** Search in the pages' text; each result opens its page in the reader. */
  @GetMapping("/epaper/cari")
  String search(
      @RequestParam(name = "q", required = false) String rawQuery,
      @RequestParam(name = "halaman", defaultValue = "1") PageNumber halaman,
      HttpServletResponse response,
      Model model) {
    String query = query(rawQuery);
    int page = halaman.value();
    EpaperSearch.Results results = null;
    if (!query.isEmpty()) {
      results = search.search(query, page);
      if (page > results.totalPages()) {
        throw new NotFoundException("Halaman " + page + " tidak ada.");
      }
    } else if (page > 1) {
      throw new NotFoundException("Halaman " + page + " tidak ada.");
    }
    String title =
        query.isEmpty() ? "Cari di E-Paper" : "Hasil pencarian e-paper \"" + query + "\"";
    if (page > 1) {
      title += " - Halaman " + page;
    }
    var frame =
        frames.frame(
            title,
            "Cari kata di halaman-halaman edisi cetak " + frames.site().name() + ".",
            query.isEmpty() ? "/epaper/cari" : EpaperSearchPage.pathFor(query),
            null);
    // Results follow the index, which follows e-paper changes.
    SitePages.cachePublicly(response, List.of(Edition.KEY));
    model.addAttribute(
        "page",
        new EpaperSearchPage(
            frame, query, search.maxQueryLength(), results, frames.site().dates()));
    return "site/epaper-search";
  }

  private String query(String raw) {
    String query = raw == null ? "" : raw.strip();
    if (query.length() > search.maxQueryLength()) {
      throw new BadRequestException(
          "Kata kunci terlalu panjang: paling banyak " + search.maxQueryLength() + " karakter.");
    }
    return query;
  }

  @GetMapping("/epaper/{date}")
  String edition(
      @PathVariable String date,
      @RequestParam(name = "halaman", required = false) PageNumber goTo,
      HttpServletResponse response,
      Model model) {
    Edition edition = load(date);
    if (goTo != null) {
      // The reader's "go to page" form, which works without JavaScript.
      int number = goTo.value();
      requirePage(edition, number);
      return "redirect:" + edition.pagePath(number);
    }
    IndonesianDates dates = frames.site().dates();
    String dateLabel = dates.day(edition.editionDate());
    String description =
        edition.hasFocus()
            ? "Fokus Edisi: " + edition.focusTitle() + ". " + edition.focusTeaser()
            : "E-Paper " + edition.title() + " edisi " + dateLabel + ".";
    var frame =
        frames.frame(
            "E-Paper " + edition.title() + ", " + dateLabel, description, edition.path(), null);
    var pages = editions.findPages(edition.id());
    if (!pages.isEmpty()) {
      frame = frames.withImage(frame, pages.getFirst().imageUrl());
    }
    String size = editionService.readyPdf(edition.id()).map(EpaperController::fileSize).orElse("");
    SitePages.cachePublicly(response, List.of(Edition.KEY));
    model.addAttribute("page", new EpaperEditionPage(frame, edition, pages, dateLabel, size));
    return "site/epaper-edition";
  }

  @GetMapping("/epaper/{date}/{page:[^.]+}")
  String reader(
      @PathVariable String date,
      @PathVariable("page") PageNumber pageNumber,
      @RequestParam(name = "q", required = false) String rawQuery,
      HttpServletResponse response,
      Model model) {
    Edition edition = load(date);
    int number = pageNumber.value();
    requirePage(edition, number);
    var page =
        editions
            .findPage(edition.id(), number)
            .orElseThrow(
                () -> new NotFoundException("Halaman " + number + " tidak ada di edisi ini."));
    String dateLabel = frames.site().dates().day(edition.editionDate());
    var frame =
        frames.withImage(
            frames.frame(
                "Halaman " + number + " - E-Paper " + edition.title() + ", " + dateLabel,
                "Halaman "
                    + number
                    + " dari "
                    + edition.pageCount()
                    + " edisi cetak "
                    + edition.title()
                    + " "
                    + dateLabel
                    + ".",
                edition.pagePath(number),
                null),
            page.thumbUrl());
    String text = editions.findPageText(edition.id(), number).orElse("");
    String query = query(rawQuery);
    SitePages.cachePublicly(response, List.of(Edition.KEY));
    model.addAttribute(
        "page",
        new EpaperReaderPage(
            frame, edition, page, text, search.markWords(text, query), query, dateLabel));
    return "site/epaper-reader";
  }

  /** A byte range request's syntax (RFC 9110 14.1.1): {@code bytes=0-99,200-,-50}. */
  private static final Pattern BYTE_RANGES =
      Pattern.compile("bytes=\\s*(\\d+-\\d*|-\\d+)(\\s*,\\s*(\\d+-\\d*|-\\d+)){0,99}\\s*");

  @GetMapping("/epaper/{date}/pdf")
  ResponseEntity<Resource> pdf(
      @PathVariable String date,
      @RequestHeader(name = HttpHeaders.RANGE, required = false) String range)
      throws IOException {
    Edition edition = load(date);
    Path file =
        editionService
            .readyPdf(edition.id())
            .orElseThrow(() -> new NotFoundException("Berkas PDF edisi ini tidak tersedia."));
    long length = Files.size(file);
    var response =
        ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(edition.pdfFileName()).build().toString())
            .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    if (range == null) {
      return response.body(new FileSystemResource(file));
    }
    if (!BYTE_RANGES.matcher(range).matches()) {
      // Not a byte range at all: ignored (RFC 9110 14.2), the whole file. An InputStreamResource
      // keeps Spring from reading the header a second time.
      return response
          .contentLength(length)
          .body(new InputStreamResource(Files.newInputStream(file)));
    }
    if (!satisfiable(range, length)) {
      return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
          .header(HttpHeaders.CONTENT_RANGE, "bytes */" + length)
          .build();
    }
    return response.body(new FileSystemResource(file));
  }

  /** Every range is valid (first <= last) and starts inside the file. */
  private static boolean satisfiable(String range, long length) {
    for (String spec : range.substring(range.indexOf('=') + 1).split(",")) {
      String s = spec.strip();
      int dash = s.indexOf('-');
      try {
        if (dash == 0) {
          if (Long.parseLong(s.substring(1)) == 0) {
            return false;
          }
          continue;
        }
        long first = Long.parseLong(s.substring(0, dash));
        String end = s.substring(dash + 1);
        if (first >= length || (!end.isEmpty() && Long.parseLong(end) < first)) {
          return false;
        }
      } catch (NumberFormatException e) {
        return false; // a position beyond any file
      }
    }
    return true;
  }

  private Edition load(String rawDate) {
    LocalDate date = SitePages.parseDate(rawDate);
    if (date == null) {
      throw new NotFoundException("Edisi tidak ditemukan.");
    }
    return editions
        .findReadyByDate(date)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "E-paper edisi " + frames.site().dates().day(date) + " tidak ditemukan."));
  }

  private static void requirePage(Edition edition, int number) {
    if (number > edition.pageCount()) {
      throw new NotFoundException(
          "Halaman "
              + number
              + " tidak ada; edisi ini berisi "
              + edition.pageCount()
              + " halaman.");
    }
  }

  static YearMonth parseMonth(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      YearMonth month = YearMonth.parse(raw.strip());
      if (month.getYear() < 1900 || month.getYear() > 9999) {
        throw new BadRequestException("Bulan tidak valid.");
      }
      return month;
    } catch (DateTimeParseException e) {
      throw new BadRequestException("Bulan tidak valid. Gunakan format TTTT-BB, misalnya 2021-06.");
    }
  }

  private static String fileSize(Path file) {
    try {
      long bytes = Files.size(file);
      if (bytes < 1024 * 1024) {
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
      }
      return String.format(IndonesianDates.INDONESIAN, "%.1f MB", bytes / (1024.0 * 1024.0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
