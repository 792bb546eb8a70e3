package id.warta.epaper;

import id.warta.platform.PixelBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.springframework.stereotype.Component;

/**
 * What a page needs in memory, and whether it may have it, decided from the PDF's structure before
 * anything is decoded. PDFBox renders whatever a PDF asks for: a 10 × 625 pt page at the reader's
 * 1600 px width is 1600 × 100,000 px, and a 747 KB PDF can hold a 16000 × 16000 image that decodes
 * to 768 MB. A page is refused, with the reason, when its shape is not a printed page's, when it
 * holds an image larger than the limit, or when rendering it would need more pixels than the
 * server's whole budget; otherwise its cost is the share of the pixel budget its rendering takes.
 */
@Component
class PageLimits {
  /** Broadsheet, tabloid and a two-page spread are all within 1 : 4. */
  static final double MAX_ASPECT = 4.0;

  /** Form XObjects nest; a PDF may nest them (or loop) without end. */
  private static final int MAX_DEPTH = 32;

  private final EpaperProperties properties;
  private final PixelBudget budget;

  PageLimits(EpaperProperties properties, PixelBudget budget) {
    this.properties = properties;
    this.budget = budget;
  }

  /**
   * How a page is to be rendered.
   *
   * @param scale pixels per PDF point
   * @param pixels the budget share: the page's raster and its JPEG copy, and for each image its
   *     decoded samples and its decoded picture
   */
  record Plan(float scale, int width, int height, long pixels) {}

  /**
   * Plans page {@code number} (from 1) or refuses it.
   *
   * @throws PageRefusedException with the reason for the editor
   */
  Plan plan(PDPage page, int number) throws IOException {
    PDRectangle box = page.getCropBox();
    boolean sideways = page.getRotation() % 180 != 0;
    float widthPoints = Math.max(1f, sideways ? box.getHeight() : box.getWidth());
    float heightPoints = Math.max(1f, sideways ? box.getWidth() : box.getHeight());
    double aspect = Math.max(widthPoints, heightPoints) / Math.min(widthPoints, heightPoints);
    if (aspect > MAX_ASPECT) {
      throw new PageRefusedException(
          "Halaman "
              + number
              + " berbentuk tidak wajar ("
              + points(widthPoints)
              + " × "
              + points(heightPoints)
              + " pt, sisi panjangnya "
              + decimal(aspect)
              + " kali sisi pendeknya; paling banyak "
              + decimal(MAX_ASPECT)
              + " kali). Periksa ukuran halaman PDF-nya, lalu unggah ulang.");
    }
    float scale = properties.readerWidth() / widthPoints;
    int width = Math.max(1, Math.round(widthPoints * scale));
    int height = Math.max(1, Math.round(heightPoints * scale));
    long pixels = 2L * width * height;
    for (PDImageXObject image : images(page)) {
      long imagePixels = (long) Math.max(0, image.getWidth()) * Math.max(0, image.getHeight());
      if (imagePixels > properties.maxImagePixels()) {
        throw new PageRefusedException(
            "Halaman "
                + number
                + " memuat gambar "
                + image.getWidth()
                + " × "
                + image.getHeight()
                + " piksel ("
                + PixelBudget.megapixels(imagePixels)
                + " megapiksel); paling besar "
                + PixelBudget.megapixels(properties.maxImagePixels())
                + " megapiksel per gambar. Perkecil resolusi gambar di PDF, lalu unggah ulang.");
      }
      pixels += 2 * imagePixels;
    }
    if (!budget.fits(pixels)) {
      throw new PageRefusedException(
          "Halaman "
              + number
              + " terlalu berat untuk memori server ini (perlu "
              + PixelBudget.megapixels(pixels)
              + " megapiksel, tersedia "
              + PixelBudget.megapixels(budget.capacity())
              + " megapiksel). Perkecil resolusi gambar di PDF, lalu unggah ulang.");
    }
    return new Plan(scale, width, height, pixels);
  }

  /**
   * Every image the page may draw, each once: in its resources, in the forms and tiling patterns
   * they use, and in its annotations' appearances. Reads dictionaries only; nothing is decoded.
   * Inline images in content streams are not seen here (the format meant them for small ones).
   */
  static List<PDImageXObject> images(PDPage page) throws IOException {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<PDImageXObject> found = new ArrayList<>();
    collect(page.getResources(), seen, found, 0);
    for (PDAnnotation annotation : page.getAnnotations()) {
      PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
      if (appearance != null) {
        collect(appearance.getResources(), seen, found, 0);
      }
    }
    return found;
  }

  private static void collect(
      PDResources resources, Set<Object> seen, List<PDImageXObject> found, int depth)
      throws IOException {
    if (resources == null || !seen.add(resources.getCOSObject())) {
      return;
    }
    if (depth > MAX_DEPTH) {
      throw new PageRefusedException(
          "PDF ini bersarang terlalu dalam (lebih dari "
              + MAX_DEPTH
              + " tingkat objek di dalam objek)."
              + " Simpan ulang PDF-nya dari program tata letak, lalu unggah ulang.");
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject == null || !seen.add(xobject.getCOSObject())) {
        continue;
      }
      if (xobject instanceof PDImageXObject image) {
        found.add(image);
        PDImageXObject mask = image.getSoftMask();
        if (mask != null && seen.add(mask.getCOSObject())) {
          found.add(mask);
        }
      } else if (xobject instanceof PDFormXObject form) {
        collect(form.getResources(), seen, found, depth + 1);
      }
    }
    for (COSName name : resources.getPatternNames()) {
      if (resources.getPattern(name) instanceof PDTilingPattern tiling) {
        collect(tiling.getResources(), seen, found, depth + 1);
      }
    }
  }

  private static String points(float value) {
    return decimal(value);
  }

  /** "62,5", "4": Indonesian decimals, one place at most. */
  private static String decimal(double value) {
    String text =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.1f", value);
    return text.replace('.', ',');
  }
}
