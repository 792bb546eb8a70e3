package id.warta.channel;

import id.warta.platform.Changes;
import id.warta.platform.JobClaims;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

  @Bean(destroyMethod = "close")
  FeedFetcher feedFetcher(ChannelProperties properties) {
    return new FeedFetcher(properties);
  }

  @Bean
  ChannelRefresher channelRefresher(
      ChannelRepository channels,
      FeedFetcher fetcher,
      TransactionTemplate transactions,
      Clock clock,
      ChannelProperties properties,
      Changes changes,
      JobClaims claims) {
    return new ChannelRefresher(
        channels, fetcher, transactions, clock, properties.parallelFetches(), changes, claims);
  }
}
