package id.warta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a fresh SQLite database (real migrations) in its own directory under
 * target/, without demo content. One context is shared by every test that uses it, so tests create
 * their own data with unique names, or start the class on an empty database ({@link
 * EmptyDatabase}). No scheduled job runs; the {@link java.time.Clock} is a {@link MutableClock}
 * ({@link TestClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "warta.demo.enabled=false",
      "warta.site.name=Warta Uji",
      "warta.channels.scheduled=false",
      // no job fires in the middle of a test; a test that needs one runs it by hand
      "warta.scheduling.enabled=false",
      "spring.session.jdbc.cleanup-cron=-",
      "warta.wires.scheduled=false",
      // partner feeds in tests are local servers; without this they are refused (SSRF guard)
      "warta.channels.allowed-hosts=127.0.0.1",
      "warta.cache.enabled=false"
    })
@AutoConfigureMockMvc
@Import(TestClock.class)
@ContextConfiguration(initializers = TestDataDirectory.class)
public @interface WartaTest {}
