package id.warta.newsroom;

/** The signed-in account may not do this to this article; answered with 403 in Indonesian. */
class ForbiddenException extends RuntimeException {
  ForbiddenException(String message) {
    super(message);
  }
}
