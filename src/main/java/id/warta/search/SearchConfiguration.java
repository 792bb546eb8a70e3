package id.warta.search;

import id.warta.article.ArticleSnapshots;
import id.warta.platform.StorageProperties;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  SearchAnalyzers searchAnalyzers(SearchProperties properties) {
    return new SearchAnalyzers(
        RootWords.load(properties.rootWordsFile()), properties.learnedRootMinArticles());
  }

  /**
   * Without live updates (commands such as {@code import-page}, which may run while the site holds
   * the index) the index files are opened only if something searches.
   */
  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(
      StorageProperties storage,
      ArticleSnapshots articles,
      SearchAnalyzers analyzers,
      Clock clock,
      @Value("${warta.search.live-updates:true}") boolean liveUpdates) {
    return new SearchIndex(
        storage.dataDir().resolve("search"), articles, analyzers, clock, !liveUpdates);
  }

  /** The e-paper pages' own index; opened at first use, so commands never touch it. */
  @Bean(destroyMethod = "close")
  EpaperSearch epaperSearch(
      StorageProperties storage,
      id.warta.epaper.EditionRepository editions,
      SearchAnalyzers analyzers,
      SearchProperties properties) {
    return new EpaperSearch(
        storage.dataDir().resolve("search-epaper"), editions, analyzers, properties);
  }
}
