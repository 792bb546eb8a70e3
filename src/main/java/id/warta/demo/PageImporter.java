package id.warta.demo;

import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.author.AuthorRepository;
import id.warta.media.MediaLibrary;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an article page in the seed's text format: the article with its section, authors, lead
 * photo (a placeholder: the text holds no image), source and editor code, its inline "Baca Juga"
 * link and its "Baca Juga" list. Articles the list names are linked when they exist and otherwise
 * created from what the list shows. Importing the same page twice changes nothing.
 */
@Service
public class PageImporter {
  private static final Logger log = LoggerFactory.getLogger(PageImporter.class);

  private final ArticleService articleService;
  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final MediaLibrary media;

  PageImporter(
      ArticleService articleService,
      ArticleRepository articles,
      SectionRepository sections,
      AuthorRepository authors,
      MediaLibrary media) {
    this.articleService = articleService;
    this.articles = articles;
    this.sections = sections;
    this.authors = authors;
    this.media = media;
  }

  /** The imported article's id and what could not be linked. */
  public record Result(long articleId, boolean created, List<String> warnings) {}

  @Transactional
  public Result importPage(String text) {
    PageText page = PageText.parse(text);
    var existing = findExisting(page.title());
    if (existing != null) {
      return new Result(existing, false, List.of("Artikel sudah ada; tidak diimpor ulang."));
    }
    Section section = sectionNamed(page.section());
    List<String> warnings = new ArrayList<>();
    List<Long> relatedIds = new ArrayList<>();
    int variant = 0;
    for (PageText.RelatedItem item : page.related()) {
      Long id = findExisting(item.title());
      if (id == null) {
        id = createFromListItem(item, section, ++variant);
      }
      relatedIds.add(id);
    }
    Long readAlso = null;
    if (page.readAlsoTitle() != null) {
      readAlso = findExisting(page.readAlsoTitle());
      if (readAlso == null) {
        warnings.add("Artikel \"" + page.readAlsoTitle() + "\" (Baca Juga) tidak ditemukan.");
      }
    }
    Long mediaId = null;
    if (page.photo() != null) {
      var photo = page.photo();
      mediaId =
          media
              .add(
                  DemoImages.png(photo.credit(), page.title().length()),
                  "image/png",
                  new MediaLibrary.Description(photo.credit(), photo.caption(), photo.altText()))
              .id();
    }
    List<Long> authorIds = page.authors().stream().map(n -> authors.findOrCreate(n).id()).toList();
    long id =
        articleService.create(
            new ArticleDraft(
                section.id(),
                page.title(),
                null,
                page.paragraphs().getFirst(),
                paragraphsHtml(page.paragraphs()),
                page.source(),
                page.editorCode(),
                mediaId,
                readAlso,
                ArticleStatus.PUBLISHED,
                page.publishedAt(),
                null,
                authorIds,
                List.of(),
                relatedIds));
    warnings.forEach(w -> log.warn("Import of \"{}\": {}", page.title(), w));
    return new Result(id, true, warnings);
  }

  private Long findExisting(String title) {
    List<Long> ids = articles.findIdsByTitle(title);
    return ids.isEmpty() ? null : ids.getFirst();
  }

  private long createFromListItem(PageText.RelatedItem item, Section section, int variant) {
    long mediaId =
        media
            .add(
                DemoImages.png(item.credit(), variant),
                "image/png",
                new MediaLibrary.Description(item.credit(), item.title(), item.title()))
            .id();
    return articleService.create(
        new ArticleDraft(
            section.id(),
            item.title(),
            null,
            item.excerpt(),
            paragraphsHtml(List.of(item.excerpt())),
            "",
            "",
            mediaId,
            null,
            ArticleStatus.PUBLISHED,
            item.publishedAt(),
            null,
            List.of(authors.findOrCreate(item.byline()).id()),
            List.of(),
            List.of()));
  }

  private Section sectionNamed(String name) {
    return sections.findOrCreate(name);
  }

  static String paragraphsHtml(List<String> paragraphs) {
    StringBuilder html = new StringBuilder();
    for (String p : paragraphs) {
      html.append("<p>").append(Entities.escape(p)).append("</p>\n");
    }
    return html.toString();
  }
}
