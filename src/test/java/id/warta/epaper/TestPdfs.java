package id.warta.epaper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs the tests write themselves with PDFBox, good and bad, and dates no other test uses. */
public final class TestPdfs {
  private static final AtomicInteger DAYS = new AtomicInteger((int) (System.nanoTime() % 5_000));
  private static final LocalDate BASE = LocalDate.of(1960, 1, 1);

  private TestPdfs() {}

  /** A date for an edition that no other test in this JVM has used. */
  public static LocalDate uniqueDate() {
    return BASE.plusDays(DAYS.incrementAndGet());
  }

  /** A PDF whose page N reads "Halaman N" and then the given marker. */
  public static byte[] pages(int count, String marker) {
    try (var document = new PDDocument()) {
      var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (int n = 1; n <= count; n++) {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
          content.setNonStrokingColor(0.05f, 0.24f, 0.57f);
          content.addRect(40, 760, 515, 40);
          content.fill();
          content.beginText();
          content.setNonStrokingColor(0f, 0f, 0f);
          content.setFont(font, 18);
          content.newLineAtOffset(50, 700);
          content.showText("Halaman " + n);
          content.newLineAtOffset(0, -30);
          content.showText(marker);
          content.endText();
        }
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] pages(int count) {
    return pages(count, "Edisi uji");
  }

  /** A PDF without a single page. */
  public static byte[] noPages() {
    try (var document = new PDDocument()) {
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF that opens only with a password. */
  public static byte[] withUserPassword() {
    return encrypted("rahasia");
  }

  /** A PDF encrypted with an owner password only: it opens, but it is encrypted. */
  public static byte[] encryptedWithoutUserPassword() {
    return encrypted("");
  }

  private static byte[] encrypted(String userPassword) {
    try (var document = new PDDocument()) {
      document.addPage(new PDPage(PDRectangle.A4));
      var policy = new StandardProtectionPolicy("pemilik", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts like a PDF, but everything after the header is scrambled. */
  public static byte[] corrupt() {
    byte[] bytes = pages(2);
    for (int i = 16; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    return bytes;
  }

  /** The first half of a PDF, as an interrupted upload leaves it. */
  public static byte[] truncated() {
    byte[] whole = pages(3);
    return java.util.Arrays.copyOf(whole, whole.length / 2);
  }

  private static byte[] save(PDDocument document) throws IOException {
    var out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
