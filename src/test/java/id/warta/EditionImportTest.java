package id.warta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warta.epaper.TestPdfs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The import-edition command, as an editor runs it from a shell. */
class EditionImportTest {

  @Test
  void readsTheEditionAndItsFokusFromTheArguments() throws Exception {
    Path pdf = Files.createTempFile("edisi", ".pdf");
    Files.write(pdf, TestPdfs.pages(2));
    var upload =
        EditionImport.parse(
            new String[] {
              pdf.toString(),
              "2021-06-23",
              "Media Indonesia",
              "--fokus-judul=Atletik Jadi Lumbung Medali",
              "--fokus-teaser=SALAH satu cabang.",
              "--fokus-halaman=1-2"
            });
    assertThat(upload.editionDate()).isEqualTo(LocalDate.of(2021, 6, 23));
    assertThat(upload.title()).isEqualTo("Media Indonesia");
    assertThat(upload.focusTitle()).isEqualTo("Atletik Jadi Lumbung Medali");
    assertThat(upload.focusTeaser()).isEqualTo("SALAH satu cabang.");
    assertThat(upload.focusFirstPage()).isEqualTo(1);
    assertThat(upload.focusLastPage()).isEqualTo(2);
    assertThat(upload.pdf()).isEqualTo(Files.readAllBytes(pdf));

    assertThatThrownBy(
            () ->
                EditionImport.parse(new String[] {pdf.toString(), "23-06-2021", "Media Indonesia"}))
        .hasMessage("DATE must look like 2021-06-23, not 23-06-2021");
    assertThatThrownBy(
            () ->
                EditionImport.parse(
                    new String[] {pdf.toString(), "2021-06-23", "MI", "--fokus-halaman=a-b"}))
        .hasMessage("--fokus-halaman must look like 4-7, not a-b");
    assertThatThrownBy(() -> EditionImport.parse(new String[] {pdf.toString(), "2021-06-23"}))
        .hasMessage("PDF, DATE and TITLE are required");
  }

  @Test
  void storesAndRendersAnEditionWithoutTheWebServer() throws Exception {
    Path base = Path.of("target", "test-data");
    Files.createDirectories(base);
    Path dataDir = Files.createTempDirectory(base, "import-edition-");
    Path pdf = dataDir.resolve("edisi.pdf");
    Files.write(pdf, TestPdfs.pages(2, "Dari baris perintah"));
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    System.setProperty("warta.data-dir", dataDir.toString());
    int exit;
    try {
      exit =
          EditionImport.run(
              new String[] {
                pdf.toString(),
                "2021-06-23",
                "Media Indonesia",
                "--fokus-judul=Atletik Jadi Lumbung Medali",
                "--fokus-halaman=2-2"
              },
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
    } finally {
      System.clearProperty("warta.data-dir");
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("2 pages")
        .contains("Siap dibaca (2 halaman)")
        .endsWith("Ready: /epaper/2021-06-23\n");
    try (Stream<Path> images = Files.list(dataDir.resolve("media").resolve("epaper"))) {
      assertThat(images.map(p -> p.getFileName().toString()))
          .hasSize(4)
          .allMatch(name -> name.endsWith("-1600.jpg") || name.endsWith("-300.jpg"));
    }
  }
}
