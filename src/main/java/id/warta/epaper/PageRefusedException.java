package id.warta.epaper;

/** A page the e-paper will not render; the message, in Indonesian, says why, for the editor. */
class PageRefusedException extends RuntimeException {
  PageRefusedException(String message) {
    super(message);
  }

  PageRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
