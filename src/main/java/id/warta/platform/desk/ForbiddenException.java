package id.warta.platform.desk;

/** The signed-in account may not do this; answered with 403 in Indonesian. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
