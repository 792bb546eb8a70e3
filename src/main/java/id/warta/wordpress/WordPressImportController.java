package id.warta.wordpress;

import id.warta.platform.desk.NewsroomScreen;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admins import a WordPress export from the newsroom (/redaksi/wordpress): the export uploaded, the
 * images read from the old site's uploads folder on the server. The run's report is shown when it
 * ends; the command {@code import-wordpress} does the same with a progress bar.
 */
@Controller
@NewsroomScreen
class WordPressImportController {
  private final WordPressImport importer;
  private final WordPressProperties properties;

  WordPressImportController(WordPressImport importer, WordPressProperties properties) {
    this.importer = importer;
    this.properties = properties;
  }

  @GetMapping("/redaksi/wordpress")
  String form(Model model) {
    model.addAttribute(
        "page",
        new WordPressImportPage(
            properties.uploadsDir() == null ? "" : properties.uploadsDir(), null));
    return "wordpress/import";
  }

  @PostMapping("/redaksi/wordpress")
  String run(
      @RequestParam(name = "ekspor", required = false) MultipartFile export,
      @RequestParam(name = "uploads", defaultValue = "") String uploads,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("page", new WordPressImportPage(uploads, null));
    if (export == null || export.isEmpty()) {
      response.setStatus(422);
      model.addAttribute("error", "Pilih berkas ekspor WordPress (.xml) untuk diimpor.");
      return "wordpress/import";
    }
    Path file = null;
    try {
      file = Files.createTempFile("warta-wordpress-", ".xml");
      export.transferTo(file);
      ImportReport report =
          importer.run(file, uploads.isBlank() ? null : Path.of(uploads.strip()), null);
      model.addAttribute("page", new WordPressImportPage(uploads, report));
      model.addAttribute("notice", report.summary());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      response.setStatus(422);
      model.addAttribute("error", "Impor ditolak: " + e.getMessage());
    } catch (IOException e) {
      response.setStatus(500);
      model.addAttribute(
          "error", "Berkas unggahan tidak dapat disimpan sementara: " + e.getMessage());
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a temporary file; the system's cleaning takes it
        }
      }
    }
    return "wordpress/import";
  }
}
