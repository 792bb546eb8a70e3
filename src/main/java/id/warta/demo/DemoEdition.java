package id.warta.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The demo's printed edition, a PDF that Warta writes itself: a front page under the masthead
 * "Media Indonesia", news pages, the four Fokus pages "Atletik Jadi Lumbung Medali" and a back
 * page. Only the standard PDF fonts are used, so nothing needs to be embedded.
 */
final class DemoEdition {
  static final String TITLE = "Media Indonesia";
  static final String FOCUS_TITLE = "Atletik Jadi Lumbung Medali";
  static final String FOCUS_TEASER =
      "SALAH satu cabang olahraga yang akan sangat menarik untuk disaksikan di Olimpiade 2020"
          + " ialah atletik.";
  static final int FOCUS_FIRST = 4;
  static final int FOCUS_LAST = 7;
  static final int PAGES = 8;

  private static final PDRectangle SIZE = new PDRectangle(700, 1000);
  private static final float MARGIN = 40;
  private static final float[] BLUE = {0.04f, 0.24f, 0.57f};
  private static final float[] RED = {0.69f, 0f, 0.13f};
  private static final float[] INK = {0.1f, 0.1f, 0.1f};
  private static final float[] GREY = {0.82f, 0.84f, 0.87f};

  private final PDFont serifBold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
  private final PDFont serif = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
  private final PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont sansBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private DemoEdition() {}

  /** The edition as PDF bytes; {@code dateLine} is the date under the masthead. */
  static byte[] pdf(String dateLine) {
    return new DemoEdition().write(dateLine);
  }

  private byte[] write(String dateLine) {
    try (var document = new PDDocument()) {
      for (int number = 1; number <= PAGES; number++) {
        var page = new PDPage(SIZE);
        document.addPage(page);
        try (var out = new PDPageContentStream(document, page)) {
          if (number == 1) {
            frontPage(out, dateLine);
          } else if (number >= FOCUS_FIRST && number <= FOCUS_LAST) {
            focusPage(out, number, dateLine);
          } else {
            newsPage(out, number, dateLine);
          }
        }
      }
      var bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the demo edition", e);
    }
  }

  private void frontPage(PDPageContentStream out, String dateLine) throws IOException {
    float top = SIZE.getHeight() - MARGIN;
    text(out, serifBold, 64, INK, MARGIN, top - 56, TITLE);
    rule(out, top - 72, 3, BLUE);
    text(
        out,
        sans,
        11,
        INK,
        MARGIN,
        top - 88,
        dateLine + "  |  Harian Umum Nasional  |  " + PAGES + " halaman");
    rule(out, top - 96, 1, INK);

    box(out, MARGIN, top - 360, 400, 240, GREY);
    text(out, sans, 9, INK, MARGIN, top - 374, "FOTO: ANTARA");
    float y =
        wrap(
            out,
            serifBold,
            30,
            INK,
            MARGIN,
            top - 410,
            400,
            "Junta Myanmar Berterima Kasih Atas Dukungan Rusia");
    y =
        paragraph(
            out,
            y - 10,
            MARGIN,
            400,
            "KEPALA junta Myanmar berterima kasih kepada Rusia atas dukungannya, dalam kunjungan ke"
                + " Moskow untuk menghadiri konferensi keamanan. Kunjungan itu menjadi lawatan luar"
                + " negeri keduanya sejak kudeta militer pada Februari.");
    paragraph(
        out,
        y - 10,
        MARGIN,
        400,
        "Pemimpin militer itu bertemu Menteri Pertahanan Rusia dan pejabat tinggi lainnya. Rusia"
            + " adalah salah satu dari sedikit negara yang tetap menjalin hubungan erat dengan para"
            + " jenderal di Naypyidaw. (Berita selengkapnya halaman 3)");

    float side = MARGIN + 420;
    float width = SIZE.getWidth() - MARGIN - side;
    box(out, side, top - 300, width, 180, RED);
    text(out, sansBold, 12, new float[] {1, 1, 1}, side + 12, top - 140, "FOKUS");
    float fy =
        wrap(
            out,
            serifBold,
            22,
            new float[] {1, 1, 1},
            side + 12,
            top - 172,
            width - 24,
            FOCUS_TITLE);
    float hy =
        wrap(
            out,
            sansBold,
            10,
            new float[] {1, 1, 1},
            side + 12,
            fy - 8,
            width - 24,
            "HALAMAN FOKUS EKSTRA " + (FOCUS_LAST - FOCUS_FIRST + 1) + " HALAMAN");
    text(
        out,
        sans,
        10,
        new float[] {1, 1, 1},
        side + 12,
        hy - 4,
        "Halaman " + FOCUS_FIRST + "-" + FOCUS_LAST);
    float sy = top - 330;
    for (String head :
        List.of(
            "Pemerintah Percepat Vaksinasi di Daerah Zona Merah",
            "Rupiah Menguat Ditopang Sentimen Pasar Global",
            "Tim Bulu Tangkis Indonesia Tiba di Tokyo")) {
      sy = wrap(out, serifBold, 15, INK, side, sy, width, head);
      sy =
          paragraph(
                  out,
                  sy - 4,
                  side,
                  width,
                  "Ringkasan berita hari ini dari meja redaksi. Berita"
                      + " selengkapnya dapat dibaca di halaman dalam edisi ini.")
              - 16;
    }
    columns(out, MARGIN, top - 640, SIZE.getWidth() - 2 * MARGIN, 3, 260, "Nasional");
  }

  private void newsPage(PDPageContentStream out, int number, String dateLine) throws IOException {
    String section =
        switch (number) {
          case 2 -> "NASIONAL";
          case 3 -> "INTERNASIONAL";
          default -> "OLAHRAGA";
        };
    header(out, number, section, dateLine, BLUE);
    float top = SIZE.getHeight() - MARGIN - 60;
    String headline =
        switch (number) {
          case 2 -> "Pemerintah Percepat Vaksinasi di Daerah Zona Merah";
          case 3 -> "Junta Myanmar Berterima Kasih Atas Dukungan Rusia";
          default -> "Tim Bulu Tangkis Indonesia Tiba di Tokyo";
        };
    float y =
        wrap(out, serifBold, 34, INK, MARGIN, top - 30, SIZE.getWidth() - 2 * MARGIN, headline);
    box(out, MARGIN, y - 250, SIZE.getWidth() - 2 * MARGIN, 230, GREY);
    columns(out, MARGIN, y - 280, SIZE.getWidth() - 2 * MARGIN, 3, y - 280 - MARGIN - 20, section);
  }

  private void focusPage(PDPageContentStream out, int number, String dateLine) throws IOException {
    header(out, number, "FOKUS", dateLine, RED);
    float top = SIZE.getHeight() - MARGIN - 60;
    float width = SIZE.getWidth() - 2 * MARGIN;
    float y;
    if (number == FOCUS_FIRST) {
      y = wrap(out, serifBold, 44, INK, MARGIN, top - 40, width, FOCUS_TITLE);
      y = wrap(out, serif, 17, INK, MARGIN, y - 10, width, FOCUS_TEASER);
      box(out, MARGIN, y - 300, width, 280, GREY);
      text(
          out,
          sans,
          9,
          INK,
          MARGIN,
          y - 314,
          "Pelari Indonesia berlatih di Stadion Madya, Senayan, Jakarta.");
      y -= 330;
    } else {
      String sub =
          switch (number - FOCUS_FIRST) {
            case 1 -> "Lalu Muhammad Zohri dan Harapan di Lintasan 100 Meter";
            case 2 -> "Pembinaan Atlet Muda dari Daerah";
            default -> "Target Medali dan Persiapan Menuju Olimpiade";
          };
      y = wrap(out, serifBold, 30, INK, MARGIN, top - 30, width, sub);
      y -= 10;
    }
    columns(out, MARGIN, y, width, 3, y - MARGIN - 20, "Atletik");
  }

  private void header(
      PDPageContentStream out, int number, String section, String dateLine, float[] color)
      throws IOException {
    float top = SIZE.getHeight() - MARGIN;
    box(out, MARGIN, top - 34, SIZE.getWidth() - 2 * MARGIN, 34, color);
    text(out, sansBold, 16, new float[] {1, 1, 1}, MARGIN + 10, top - 23, section);
    String right = TITLE + "  |  " + dateLine + "  |  " + number;
    float w = sans.getStringWidth(right) / 1000 * 10;
    text(out, sans, 10, new float[] {1, 1, 1}, SIZE.getWidth() - MARGIN - 10 - w, top - 22, right);
  }

  /** Body text in columns down to {@code height} below {@code top}, from the demo's sentences. */
  private void columns(
      PDPageContentStream out,
      float left,
      float top,
      float width,
      int count,
      float height,
      String subject)
      throws IOException {
    float gap = 16;
    float columnWidth = (width - gap * (count - 1)) / count;
    int sentence = subject.length();
    for (int c = 0; c < count; c++) {
      float x = left + c * (columnWidth + gap);
      float y = top;
      while (y > top - height + 40) {
        StringBuilder para = new StringBuilder();
        for (int s = 0; s < 3; s++) {
          para.append(SENTENCES.get(sentence++ % SENTENCES.size()).replace("{}", subject))
              .append(' ');
        }
        y = paragraph(out, y, x, columnWidth, para.toString().strip()) - 6;
      }
    }
  }

  private float paragraph(PDPageContentStream out, float y, float x, float width, String text)
      throws IOException {
    return wrap(out, serif, 10.5f, INK, x, y, width, text);
  }

  /** Writes text wrapped on words; returns the baseline below the last line. */
  private float wrap(
      PDPageContentStream out,
      PDFont font,
      float size,
      float[] color,
      float x,
      float y,
      float width,
      String text)
      throws IOException {
    float leading = size * 1.25f;
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    for (String l : lines) {
      text(out, font, size, color, x, y, l);
      y -= leading;
    }
    return y;
  }

  private static void text(
      PDPageContentStream out,
      PDFont font,
      float size,
      float[] color,
      float x,
      float y,
      String text)
      throws IOException {
    out.beginText();
    out.setNonStrokingColor(color[0], color[1], color[2]);
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }

  private static void box(
      PDPageContentStream out, float x, float y, float w, float h, float[] color)
      throws IOException {
    out.setNonStrokingColor(color[0], color[1], color[2]);
    out.addRect(x, y, w, h);
    out.fill();
  }

  private static void rule(PDPageContentStream out, float y, float thickness, float[] color)
      throws IOException {
    box(out, MARGIN, y, SIZE.getWidth() - 2 * MARGIN, thickness, color);
  }

  private static final List<String> SENTENCES =
      List.of(
          "Perkembangan {} menjadi perhatian banyak pihak dalam beberapa pekan terakhir.",
          "Para pengamat menilai langkah yang diambil sudah tepat, meski masih perlu diawasi.",
          "Pemerintah daerah diminta menyiapkan rencana kerja yang jelas dan terukur.",
          "Sejumlah warga mengaku menyambut baik kebijakan tersebut.",
          "Data terbaru menunjukkan tren yang terus membaik dibandingkan tahun lalu.",
          "Pelatih menyebut kedisiplinan sebagai kunci utama keberhasilan atlet.",
          "Kerja sama antarlembaga dinilai penting agar hasilnya dapat dirasakan masyarakat.",
          "Anggaran yang disiapkan untuk program ini mencapai miliaran rupiah.",
          "Evaluasi menyeluruh akan dilakukan pada akhir tahun.",
          "Menurut dia, tantangan terbesar adalah menjaga konsistensi dari waktu ke waktu.");
}
