package id.warta.channel;

import id.warta.platform.BadRequestException;
import java.util.Map;

/** A channel form that cannot be saved; the messages (Indonesian) are keyed by form field. */
public class InvalidChannelException extends BadRequestException {
  private final Map<String, String> errors;

  InvalidChannelException(Map<String, String> errors) {
    super(String.join(" ", errors.values()));
    this.errors = Map.copyOf(errors);
  }

  /** Field name ({@code name}, {@code slug}, {@code siteUrl}, {@code feedUrl}...) to message. */
  public Map<String, String> errors() {
    return errors;
  }
}
