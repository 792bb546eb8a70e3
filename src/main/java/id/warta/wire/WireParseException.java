package id.warta.wire;

/** A delivery that could not be read at all; the message is for the desk, in Indonesian. */
class WireParseException extends Exception {
  WireParseException(String message) {
    super(message);
  }

  WireParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
