package id.warta.platform;

/** A request that cannot be understood; answered with a 400 page in Indonesian. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
