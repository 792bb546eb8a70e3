package id.warta.liveblog;

import java.time.Instant;

/** An article covered live: since when, and until when once ended (null while live). */
public record LiveBlog(long articleId, Instant startedAt, Instant endedAt) {
  public boolean isLive() {
    return endedAt == null;
  }
}
