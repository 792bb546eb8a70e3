package id.warta.epaper;

/** An upload or request the e-paper refuses; the message, in Indonesian, is for the editor. */
public class InvalidEditionException extends IllegalArgumentException {
  public InvalidEditionException(String message) {
    super(message);
  }
}
