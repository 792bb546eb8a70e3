package id.warta.article;

/** The article changed since the caller read it: their save would overwrite someone's work. */
public class StaleArticleException extends RuntimeException {
  private final int expectedVersion;

  public StaleArticleException(long articleId, int expectedVersion) {
    super("Article " + articleId + " is no longer at version " + expectedVersion);
    this.expectedVersion = expectedVersion;
  }

  public int expectedVersion() {
    return expectedVersion;
  }
}
