package id.warta.demo;

import id.warta.platform.Excerpts;
import id.warta.platform.IndonesianDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article page as a crawler keeps its text (the seed page's format): date line, headline,
 * "author | section", the lead photo's alt text, credit and caption, the body ending in
 * "(source/editor code)", "Baca Juga: title", then the "Baca Juga" list.
 */
record PageText(
    Instant publishedAt,
    String title,
    List<String> authors,
    String section,
    Photo photo,
    List<String> paragraphs,
    String source,
    String editorCode,
    String readAlsoTitle,
    List<RelatedItem> related) {

  record Photo(String altText, String credit, String caption) {}

  /** One item of the "Baca Juga" list: credit of its photo, title, byline, time and excerpt. */
  record RelatedItem(
      String credit, String title, String byline, Instant publishedAt, String excerpt) {}

  private static final Pattern ATTRIBUTION = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");
  private static final String READ_ALSO = "Baca Juga";
  private static final String PERSON = "\uD83D\uDC64";
  private static final String CLOCK = "\uD83D\uDD54";

  static PageText parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = Excerpts.normalizeSpace(raw);
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    if (lines.size() < 5) {
      throw new IllegalArgumentException("Teks halaman terlalu pendek untuk sebuah artikel.");
    }
    int i = 0;
    Instant published = IndonesianDates.parseDateLine(lines.get(i++));
    String title = lines.get(i++);
    String byline = lines.get(i++);
    int bar = byline.lastIndexOf('|');
    if (bar < 0) {
      throw new IllegalArgumentException(
          "Baris penulis harus berbentuk \"Penulis | Kanal\": " + byline);
    }
    List<String> authors = new ArrayList<>();
    for (String name : byline.substring(0, bar).split(",| dan ")) {
      if (!name.isBlank()) {
        authors.add(name.strip());
      }
    }
    String section = byline.substring(bar + 1).strip();
    Photo photo = null;
    if (i + 2 < lines.size() && lines.get(i).equals(title)) {
      photo = new Photo(lines.get(i), lines.get(i + 1), lines.get(i + 2));
      i += 3;
    }
    List<String> paragraphs = new ArrayList<>();
    while (i < lines.size() && !lines.get(i).startsWith(READ_ALSO)) {
      paragraphs.add(lines.get(i++));
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("Artikel tidak memiliki isi.");
    }
    String source = "";
    String editorCode = "";
    String last = paragraphs.getLast();
    Matcher m = ATTRIBUTION.matcher(last);
    if (m.find()) {
      String attribution = m.group(1).strip();
      int slash = attribution.lastIndexOf('/');
      if (slash >= 0) {
        source = attribution.substring(0, slash).strip();
        editorCode = attribution.substring(slash + 1).strip();
      } else {
        editorCode = attribution;
      }
      paragraphs.set(paragraphs.size() - 1, last.substring(0, m.start()).strip());
    }
    String readAlso = null;
    if (i < lines.size() && lines.get(i).startsWith(READ_ALSO + ":")) {
      readAlso = lines.get(i++).substring(READ_ALSO.length() + 1).strip();
    }
    List<RelatedItem> related = new ArrayList<>();
    for (int k = i; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line.startsWith(PERSON) && line.contains(CLOCK) && k >= 2 && k + 1 < lines.size()) {
        String who = line.substring(PERSON.length(), line.indexOf(CLOCK)).strip();
        Instant when =
            IndonesianDates.parseDateLine(line.substring(line.indexOf(CLOCK) + CLOCK.length()));
        String excerpt = lines.get(k + 1);
        if (excerpt.endsWith("...")) {
          excerpt = excerpt.substring(0, excerpt.length() - 3).strip();
        }
        related.add(new RelatedItem(lines.get(k - 2), lines.get(k - 1), who, when, excerpt));
      }
    }
    return new PageText(
        published,
        title,
        authors,
        section,
        photo,
        paragraphs,
        source,
        editorCode,
        readAlso,
        related);
  }
}
