package id.warta.channel;

/** A feed that could not be fetched or read; the message is for the admin, in Indonesian. */
public class FeedFetchException extends Exception {
  FeedFetchException(String message) {
    super(message);
  }

  FeedFetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
