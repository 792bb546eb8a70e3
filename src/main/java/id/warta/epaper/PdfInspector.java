package id.warta.epaper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether uploaded bytes are a PDF the e-paper can use: within the size limit, a PDF by its
 * first bytes and by parsing it, neither encrypted nor password-protected, with at least one page
 * and no more than the limit, and every page one that can be rendered in bounded memory ({@link
 * PageLimits}).
 */
@Component
class PdfInspector {
  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final EpaperProperties properties;
  private final PageLimits limits;

  PdfInspector(EpaperProperties properties, PageLimits limits) {
    this.properties = properties;
    this.limits = limits;
  }

  /** The PDF's page count; refuses anything unusable with a message for the editor. */
  int pageCount(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      throw new InvalidEditionException("Berkas PDF wajib diunggah; berkas yang dikirim kosong.");
    }
    DataSize limit = properties.maxFileSize();
    if (pdf.length > limit.toBytes()) {
      throw new InvalidEditionException(
          "Berkas terlalu besar ("
              + megabytes(pdf.length)
              + "); batasnya "
              + megabytes(limit.toBytes())
              + ".");
    }
    if (pdf.length < MAGIC.length || !Arrays.equals(pdf, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new InvalidEditionException(
          "Berkas ini bukan PDF. Unggah edisi cetak dalam format PDF.");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      if (document.isEncrypted()) {
        throw new InvalidEditionException(
            "PDF ini terenkripsi. Unggah PDF tanpa enkripsi dan tanpa kata sandi.");
      }
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        throw new InvalidEditionException("PDF ini tidak memiliki halaman.");
      }
      if (pages > properties.maxPages()) {
        throw new InvalidEditionException(
            "PDF ini berisi "
                + pages
                + " halaman; batasnya "
                + properties.maxPages()
                + " halaman.");
      }
      for (int number = 1; number <= pages; number++) {
        limits.plan(document.getPage(number - 1), number);
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw new InvalidEditionException(
          "PDF ini dilindungi kata sandi. Unggah PDF tanpa kata sandi.");
    } catch (PageRefusedException e) {
      throw new InvalidEditionException(e.getMessage());
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidEditionException refused) {
        throw refused;
      }
      throw new InvalidEditionException("PDF ini rusak atau tidak dapat dibaca.");
    }
  }

  /** "12,5 MB", as Indonesians write decimals. */
  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    String text =
        mb == Math.floor(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    return text.replace('.', ',') + " MB";
  }
}
