package id.warta.article;

import id.warta.platform.Slugs;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates articles whole: the row, its authors, tags and related links in one transaction. */
@Service
public class ArticleService {
  static final int TITLE_MAX = 300;
  static final int LEAD_MAX = 2000;

  private final ArticleRepository articles;
  private final TagRepository tags;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ArticleService(
      ArticleRepository articles,
      TagRepository tags,
      ApplicationEventPublisher events,
      Clock clock) {
    this.articles = articles;
    this.tags = tags;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public long create(ArticleDraft draft) {
    validate(draft);
    Instant now = clock.instant();
    String slug =
        draft.slug() == null || draft.slug().isBlank() ? Slugs.of(draft.title()) : draft.slug();
    if (!Slugs.isValid(slug)) {
      throw new IllegalArgumentException("Slug tidak valid: " + slug);
    }
    long id = articles.insert(draft, slug, ArticleBodyPolicy.sanitize(draft.bodyHtml()), now);
    articles.replaceAuthors(id, draft.authorIds());
    List<Long> tagIds = new ArrayList<>();
    for (String name : draft.tags()) {
      long tagId = tags.findOrCreate(name).id();
      if (!tagIds.contains(tagId)) {
        tagIds.add(tagId);
      }
    }
    articles.replaceTags(id, tagIds);
    articles.replaceRelated(id, draft.relatedIds());
    if (draft.status() == ArticleStatus.PUBLISHED) {
      events.publishEvent(new ArticlePublished(id));
    }
    return id;
  }

  /** Links an existing article to its related articles (the editor's "Baca Juga" choices). */
  @Transactional
  public void setRelated(long articleId, Long readAlsoId, List<Long> relatedIds) {
    if (relatedIds.contains(articleId) || Long.valueOf(articleId).equals(readAlsoId)) {
      throw new IllegalArgumentException("Artikel tidak dapat terkait dengan dirinya sendiri.");
    }
    articles.setReadAlso(articleId, readAlsoId);
    articles.replaceRelated(articleId, relatedIds);
  }

  private static void validate(ArticleDraft draft) {
    if (draft.title().isEmpty() || draft.title().length() > TITLE_MAX) {
      throw new IllegalArgumentException("Judul wajib diisi, paling banyak 300 karakter.");
    }
    if (draft.lead().length() > LEAD_MAX) {
      throw new IllegalArgumentException("Ringkasan paling banyak 2000 karakter.");
    }
    if (draft.authorIds().isEmpty()) {
      throw new IllegalArgumentException("Artikel harus memiliki paling sedikit satu penulis.");
    }
    if (draft.status() == ArticleStatus.PUBLISHED && draft.publishedAt() == null) {
      throw new IllegalArgumentException("Artikel terbit harus memiliki waktu terbit.");
    }
  }
}
