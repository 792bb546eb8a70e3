package id.warta.backup;

/** A backup that cannot be restored (missing, damaged or incomplete); the message says why. */
public class InvalidBackupException extends RuntimeException {
  public InvalidBackupException(String message) {
    super(message);
  }
}
