package id.warta.media;

/** An upload the library refuses; the message says why, in Indonesian, for the uploader. */
public class MediaRejectedException extends IllegalArgumentException {
  public MediaRejectedException(String message) {
    super(message);
  }

  public MediaRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
