package id.warta.article;

import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaAsset;
import id.warta.media.MediaLibrary;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.springframework.context.ApplicationContext;

/**
 * Builds test content through the application's own services. Names get a suffix counted in this
 * JVM, so tests sharing a database never see each other's sections, authors or tags by accident;
 * every test context starts on a new database, so the count starts at zero.
 */
public final class TestContent {
  private static final AtomicLong COUNTER = new AtomicLong();

  private final ArticleService articles;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final MediaLibrary media;

  private TestContent(ApplicationContext context) {
    this.articles = context.getBean(ArticleService.class);
    this.sections = context.getBean(SectionRepository.class);
    this.authors = context.getBean(AuthorRepository.class);
    this.media = context.getBean(MediaLibrary.class);
  }

  public static TestContent of(ApplicationContext context) {
    return new TestContent(context);
  }

  public static String unique(String base) {
    return base + " " + COUNTER.incrementAndGet();
  }

  public Section section(String name) {
    String unique = unique(name);
    return sections.create(id.warta.platform.Slugs.of(unique), unique, "", 100);
  }

  public Author author(String name) {
    return authors.create(unique(name), "");
  }

  public MediaAsset image(String credit, String caption, String alt) {
    var image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color((int) (COUNTER.incrementAndGet() * 7919 % 0xffffff)));
    g.fillRect(0, 0, 900, 600);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return media.add(
        out.toByteArray(), "image/png", new MediaLibrary.Description(credit, caption, alt));
  }

  public Builder article(Section section, Author author) {
    return new Builder(section, author);
  }

  /** An article with sensible defaults; every field can be set. */
  public final class Builder {
    private final Section section;
    private final List<Long> authorIds = new ArrayList<>();
    private String title = unique("Judul Berita");
    private String lead = "Ringkasan berita yang singkat.";
    private String body = "<p>Isi berita paragraf pertama.</p><p>Paragraf kedua.</p>";
    private String source = "";
    private String editorCode = "";
    private Long mediaId;
    private Long readAlsoId;
    private ArticleStatus status = ArticleStatus.PUBLISHED;
    private Instant publishedAt = Instant.parse("2021-06-23T05:15:00Z");
    private List<String> tags = List.of();
    private List<Long> related = List.of();
    private ArticleSeo seo = ArticleSeo.NONE;

    private Builder(Section section, Author author) {
      this.section = section;
      this.authorIds.add(author.id());
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder lead(String lead) {
      this.lead = lead;
      return this;
    }

    public Builder body(String html) {
      this.body = html;
      return this;
    }

    public Builder source(String source, String editorCode) {
      this.source = source;
      this.editorCode = editorCode;
      return this;
    }

    public Builder image(MediaAsset asset) {
      this.mediaId = asset.id();
      return this;
    }

    public Builder readAlso(long id) {
      this.readAlsoId = id;
      return this;
    }

    public Builder status(ArticleStatus status) {
      this.status = status;
      return this;
    }

    public Builder publishedAt(Instant at) {
      this.publishedAt = at;
      return this;
    }

    public Builder tags(String... tags) {
      this.tags = List.of(tags);
      return this;
    }

    public Builder related(Long... ids) {
      this.related = List.of(ids);
      return this;
    }

    public Builder seo(ArticleSeo seo) {
      this.seo = seo;
      return this;
    }

    public Builder alsoBy(Author author) {
      this.authorIds.add(author.id());
      return this;
    }

    public long create() {
      return articles.create(
          new ArticleDraft(
              section.id(),
              title,
              null,
              lead,
              body,
              source,
              editorCode,
              mediaId,
              readAlsoId,
              status,
              status == ArticleStatus.PUBLISHED ? publishedAt : null,
              null,
              authorIds,
              tags,
              related,
              seo));
    }
  }
}
