package id.warta.liveblog;

/** An entry that cannot be stored as written; the message says why, in Indonesian. */
public class LiveEntryRejectedException extends RuntimeException {
  public LiveEntryRejectedException(String message) {
    super(message);
  }
}
