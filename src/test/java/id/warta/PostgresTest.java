package id.warta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on PostgreSQL at 127.0.0.1:5432 (database test), in a schema of its own
 * that is dropped when the context closes. Skipped with a message when PostgreSQL is not reachable,
 * except under CI=true, where that fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(
    properties = {
      "warta.demo.enabled=false",
      "warta.site.name=Warta Uji",
      "warta.test.postgres=true",
      "warta.channels.scheduled=false",
      "warta.wires.scheduled=false",
      // partner feeds and agencies in tests are local servers; without this they are refused
      "warta.channels.allowed-hosts=127.0.0.1",
      "warta.cache.enabled=false"
    })
@AutoConfigureMockMvc
@Import(TestClock.class)
@ContextConfiguration(initializers = {TestDataDirectory.class, PostgresSchema.class})
public @interface PostgresTest {}
