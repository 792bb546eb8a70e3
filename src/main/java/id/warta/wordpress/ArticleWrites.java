package id.warta.wordpress;

import id.warta.article.Article;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every call this package makes into article, in one place: it writes through ArticleService
 * (sanitizing, tags, change records and events as for any article) and reads one article back.
 */
@Component
class ArticleWrites {
  private final ArticleService service;
  private final ArticleRepository repository;

  ArticleWrites(ArticleService service, ArticleRepository repository) {
    this.service = service;
    this.repository = repository;
  }

  long create(ArticleDraft draft) {
    return service.create(draft);
  }

  void update(long id, int expectedVersion, ArticleDraft draft) {
    service.update(id, expectedVersion, draft);
  }

  Optional<Article> find(long id) {
    return repository.findById(id);
  }
}
