package id.warta.epaper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDFs the tests write themselves with PDFBox, good and bad, and dates no other test of this JVM
 * uses (every test context starts on a new database, so the count starts at zero).
 */
public final class TestPdfs {
  private static final AtomicInteger DAYS = new AtomicInteger();
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

  /** One page 10 × 625 pt: at the reader's width it would render 1600 × 100,000 pixels. */
  public static byte[] narrowPage() {
    try (var document = new PDDocument()) {
      document.addPage(new PDPage(new PDRectangle(10, 625)));
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An A4 page showing a 16000 × 16000 RGB image (768 MB decoded) in a PDF of about 750 KB: a black
   * square, as the zlib format compresses zeros about a thousandfold.
   */
  public static byte[] hugeImage() {
    int side = 16_000;
    try (var document = new PDDocument()) {
      var image =
          new PDImageXObject(
              document,
              new java.io.ByteArrayInputStream(zlibZeros(side * 16 * 3, side / 16)),
              COSName.FLATE_DECODE,
              side,
              side,
              8,
              PDDeviceRGB.INSTANCE);
      var page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (var content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * zlib data that inflates to {@code chunk × times} zero bytes. Deflating 768 MB takes half a
   * minute; a flushed deflate block of zeros refers back only to zeros, so it can be repeated.
   */
  static byte[] zlibZeros(int chunk, int times) {
    var deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true);
    deflater.setInput(new byte[chunk]);
    byte[] block = new byte[chunk];
    int length = deflater.deflate(block, 0, block.length, java.util.zip.Deflater.SYNC_FLUSH);
    deflater.end();
    var out = new ByteArrayOutputStream();
    out.write(0x78);
    out.write(0xda);
    for (int i = 0; i < times; i++) {
      out.write(block, 0, length);
    }
    // A final, empty block with fixed codes, then the Adler-32 of all those zeros.
    out.write(0x03);
    out.write(0x00);
    long adler = ((long) chunk * times % 65521) << 16 | 1;
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (adler >>> shift) & 0xff);
    }
    return out.toByteArray();
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
