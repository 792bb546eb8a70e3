package id.warta.platform;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.PropertyEditorRegistrar;
import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

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
 * <p>A value that does not convert never reaches the controller. A bad page is the {@link
 * BadRequestException} {@link PageNumber#parse} throws (a 400 with its message); a bad id is a type
 * mismatch, which {@link #failure} turns into a 404 when it was part of the path (no such thing at
 * that address) and a 400 when it was a parameter.
 *
 * <p>The editors are registered by the binding initializer Spring MVC applies to every binder it
 * makes, not by an {@code @InitBinder} method of a controller advice: for those, Spring built a new
 * handler method object per request and called it reflectively per converted value (~5 % of an
 * uncached article's CPU, with its three path variables).
 */
@Component
public class RequestValues implements BeanPostProcessor, PropertyEditorRegistrar {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof RequestMappingHandlerAdapter adapter) {
      if (!(adapter.getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer init)) {
        throw new IllegalStateException(
            "Spring MVC's binding initializer is not configurable: request ids would not be"
                + " checked");
      }
      var registrars = new ArrayList<PropertyEditorRegistrar>();
      if (init.getPropertyEditorRegistrars() != null) {
        registrars.addAll(List.of(init.getPropertyEditorRegistrars()));
      }
      registrars.add(this);
      init.setPropertyEditorRegistrars(registrars.toArray(PropertyEditorRegistrar[]::new));
    }
    return bean;
  }

  @Override
  public void registerCustomEditors(PropertyEditorRegistry registry) {
    registry.registerCustomEditor(Long.class, new IdEditor(true));
    registry.registerCustomEditor(long.class, new IdEditor(false));
    registry.registerCustomEditor(PageNumber.class, new PageNumberEditor());
  }

  /** What an id that did not convert means to the one who sent it. */
  public static RuntimeException failure(MethodArgumentTypeMismatchException e) {
    return e.getParameter().hasParameterAnnotation(PathVariable.class)
        ? new NotFoundException(null)
        : new BadRequestException(null);
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
      // Not an IllegalArgumentException: the binder lets this one through as it is, message and
      // all.
      setValue(PageNumber.parse(text));
    }
  }
}
