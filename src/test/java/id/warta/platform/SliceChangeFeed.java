package id.warta.platform;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A change feed for slice tests, which have no database to read changes from: its caches are real
 * and keep what they load; nothing is ever changed under them.
 */
public final class SliceChangeFeed {
  private SliceChangeFeed() {}

  public static ChangeFeed create() {
    ChangeFeed feed = mock(ChangeFeed.class);
    when(feed.newCache(anyLong(), any()))
        .thenAnswer(call -> new KeyedCache<>(call.getArgument(0), call.getArgument(1)));
    return feed;
  }
}
