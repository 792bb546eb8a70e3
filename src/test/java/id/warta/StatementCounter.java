package id.warta;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares while {@link #count} runs: the
 * application's DataSource is wrapped so that every prepareStatement/createStatement/prepareCall is
 * noted with its SQL. Import {@link Config} into a test to use it.
 */
public final class StatementCounter {
  private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

  private StatementCounter() {}

  /** What ran, and the statements it prepared on this thread, in order. */
  public record Counted<T>(T result, List<String> statements) {
    public int count() {
      return statements.size();
    }
  }

  public static <T> Counted<T> count(Supplier<T> work) {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    SEEN.set(seen);
    try {
      T result = work.get();
      return new Counted<>(result, List.copyOf(seen));
    } finally {
      SEEN.remove();
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    static BeanPostProcessor statementCountingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource ds ? wrap(ds, DataSource.class) : bean;
        }
      };
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T wrap(T target, Class<T> type) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          note(method, args);
          Object result = invoke(target, method, args);
          if (result instanceof Connection c && method.getName().equals("getConnection")) {
            return wrap(c, Connection.class);
          }
          return result;
        };
    return (T)
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static void note(Method method, Object[] args) {
    List<String> seen = SEEN.get();
    if (seen == null) {
      return;
    }
    switch (method.getName()) {
      case "prepareStatement", "prepareCall" ->
          seen.add(String.valueOf(args[0]).strip().replaceAll("\\s+", " "));
      case "createStatement" -> seen.add("(statement)");
      default -> {}
    }
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("unwrap")
        && args[0] instanceof Class<?> c
        && c.isInstance(target)) {
      return target;
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
