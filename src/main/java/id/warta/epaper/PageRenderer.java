package id.warta.epaper;

import id.warta.platform.PixelBudget;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders one page of a PDF to its reader image and thumbnail and extracts its text. A page is
 * planned first ({@link PageLimits}: refused if it could not be rendered in bounded memory) and
 * rendered only with its share of the pixel budget, which it waits for as long as other work holds
 * it: processing runs in the background, so waiting costs no one a request.
 */
@Component
class PageRenderer {
  private static final Logger log = LoggerFactory.getLogger(PageRenderer.class);

  private final EpaperProperties properties;
  private final EditionFiles files;
  private final PageLimits limits;
  private final PixelBudget budget;

  PageRenderer(
      EpaperProperties properties, EditionFiles files, PageLimits limits, PixelBudget budget) {
    this.properties = properties;
    this.files = files;
    this.limits = limits;
    this.budget = budget;
  }

  record Rendered(EditionPage page, String text) {}

  Rendered render(PDDocument document, PDFRenderer renderer, String key, int number)
      throws IOException {
    PageLimits.Plan plan = limits.plan(document.getPage(number - 1), number);
    EditionPage page;
    try (PixelBudget.Share share = share(plan.pixels())) {
      page = renderImages(renderer, key, number, plan.scale());
    }
    var stripper = new PDFTextStripper();
    stripper.setStartPage(number);
    stripper.setEndPage(number);
    return new Rendered(page, clean(stripper.getText(document)));
  }

  /** Waits for the share however long other work holds it; only a stop ends the wait. */
  private PixelBudget.Share share(long pixels) throws InterruptedIOException {
    while (true) {
      try {
        return budget.acquire(pixels);
      } catch (PixelBudget.WaitedTooLong e) {
        log.info(
            "An e-paper page still waits for {} megapixels of the pixel budget",
            PixelBudget.megapixels(pixels));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Stopped while waiting for the pixel budget");
      }
    }
  }

  private EditionPage renderImages(PDFRenderer renderer, String key, int number, float scale)
      throws IOException {
    BufferedImage image = renderer.renderImage(number - 1, scale, ImageType.RGB);

    String imageFile = EditionFiles.pageFileName(key, number, image.getWidth());
    files.writePage(imageFile, jpeg(Thumbnails.of(image).scale(1.0), 0.85f));

    int thumbWidth = Math.min(properties.thumbnailWidth(), image.getWidth());
    BufferedImage thumb = Thumbnails.of(image).width(thumbWidth).asBufferedImage();
    String thumbFile = EditionFiles.pageFileName(key, number, thumb.getWidth());
    files.writePage(thumbFile, jpeg(Thumbnails.of(thumb).scale(1.0), 0.8f));
    return new EditionPage(
        number,
        imageFile,
        image.getWidth(),
        image.getHeight(),
        thumbFile,
        thumb.getWidth(),
        thumb.getHeight());
  }

  private static byte[] jpeg(Thumbnails.Builder<BufferedImage> builder, float quality)
      throws IOException {
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
