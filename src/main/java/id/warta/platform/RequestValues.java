package id.warta.platform;

import java.beans.PropertyEditorSupport;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How Spring turns the text of a request into the numbers controllers take, in one place for every
 * controller:
 *
 * <ul>
 *   <li>every {@code long}/{@code Long} in a request is a database id: 1 to {@value
 *       RequestNumbers#ID_DIGITS} digits, nothing else; blank is none;
 *   <li>a {@link PageNumber} is a page of a list.
 * </ul>
 *
 * They are the binder's editors for those types, not converters: when a converter refuses a value,
 * Spring falls back to its own number editor, which would take "-5", "+5", "0x1F" and "#1F".
 *
 * <p>A value that does not convert never reaches the controller. {@link #failure} says what it
 * means: what the conversion said if it said something (a 400 for a bad page), otherwise a 404 when
 * it was part of the path (no such thing at that address) and a 400 when it was a parameter.
 */
@ControllerAdvice
public class RequestValues {

  @InitBinder
  void numbers(WebDataBinder binder) {
    binder.registerCustomEditor(Long.class, new IdEditor(true));
    binder.registerCustomEditor(long.class, new IdEditor(false));
    binder.registerCustomEditor(PageNumber.class, new PageNumberEditor());
  }

  /**
   * What a request value that did not convert means to the one who sent it: a {@link
   * BadRequestException} or a {@link NotFoundException}.
   */
  public static RuntimeException failure(TypeMismatchException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BadRequestException || cause instanceof NotFoundException) {
        return (RuntimeException) cause;
      }
    }
    boolean inPath =
        e instanceof MethodArgumentTypeMismatchException m
            && m.getParameter().hasParameterAnnotation(PathVariable.class);
    return inPath ? new NotFoundException(null) : new BadRequestException(null);
  }

  private static final class IdEditor extends PropertyEditorSupport {
    private final boolean blankIsNone;

    IdEditor(boolean blankIsNone) {
      this.blankIsNone = blankIsNone;
    }

    @Override
    public void setAsText(String text) {
      if (text == null || text.isBlank()) {
        if (!blankIsNone) {
          throw new IllegalArgumentException("an id is required");
        }
        setValue(null);
        return;
      }
      setValue(
          RequestNumbers.id(
              text.strip(), () -> new IllegalArgumentException("not a database id: " + text)));
    }
  }

  private static final class PageNumberEditor extends PropertyEditorSupport {
    @Override
    public void setAsText(String text) {
      try {
        setValue(PageNumber.parse(text));
      } catch (BadRequestException e) {
        // The binder reports an IllegalArgumentException as a type mismatch; failure() finds the
        // BadRequestException and its message again.
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }
}
