package id.warta.platform;

/** Something a reader asked for does not exist; answered with a 404 page in Indonesian. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
