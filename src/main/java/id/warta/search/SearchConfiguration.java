package id.warta.search;

import id.warta.article.ArticleSnapshots;
import id.warta.platform.StorageProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  SearchAnalyzers searchAnalyzers(SearchProperties properties) {
    return new SearchAnalyzers(
        RootWords.load(properties.rootWordsFile()), properties.learnedRootMinArticles());
  }

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(
      StorageProperties storage, ArticleSnapshots articles, SearchAnalyzers analyzers, Clock clock) {
    return new SearchIndex(storage.dataDir().resolve("search"), articles, analyzers, clock);
  }
}
