package id.warta.epaper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Component;

/** Renders one page of a PDF to its reader image and thumbnail and extracts its text. */
@Component
class PageRenderer {
  private final EpaperProperties properties;
  private final EditionFiles files;

  PageRenderer(EpaperProperties properties, EditionFiles files) {
    this.properties = properties;
    this.files = files;
  }

  record Rendered(EditionPage page, String text) {}

  Rendered render(PDDocument document, PDFRenderer renderer, String key, int number) throws IOException {
    PDPage pdfPage = document.getPage(number - 1);
    PDRectangle box = pdfPage.getCropBox();
    boolean sideways = pdfPage.getRotation() % 180 != 0;
    float widthPoints = sideways ? box.getHeight() : box.getWidth();
    float scale = properties.readerWidth() / Math.max(1f, widthPoints);
    BufferedImage image = renderer.renderImage(number - 1, scale, ImageType.RGB);

    String imageFile = EditionFiles.pageFileName(key, number, image.getWidth());
    files.writePage(imageFile, jpeg(Thumbnails.of(image).scale(1.0), 0.85f));

    int thumbWidth = Math.min(properties.thumbnailWidth(), image.getWidth());
    BufferedImage thumb = Thumbnails.of(image).width(thumbWidth).asBufferedImage();
    String thumbFile = EditionFiles.pageFileName(key, number, thumb.getWidth());
    files.writePage(thumbFile, jpeg(Thumbnails.of(thumb).scale(1.0), 0.8f));

    var stripper = new PDFTextStripper();
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    String text = clean(stripper.getText(document));
    return new Rendered(
        new EditionPage(
            number, imageFile, image.getWidth(), image.getHeight(), thumbFile, thumb.getWidth(),
            thumb.getHeight()),
        text);
  }

  private static byte[] jpeg(Thumbnails.Builder<BufferedImage> builder, float quality) throws IOException {
    var out = new ByteArrayOutputStream();
    builder.outputFormat("jpg").outputQuality(quality).toOutputStream(out);
    return out.toByteArray();
  }

  /** Drops control characters (PostgreSQL refuses NUL in text) and trailing white space. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f) {
        out.append(c);
      } else if (c == '\r') {
        continue;
      }
    }
    return out.toString().strip();
  }
}
