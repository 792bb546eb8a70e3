package id.warta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port for a browser ({@link Browser#shared}), on a fresh SQLite
 * database, as it runs in production: page cache and scheduled jobs on (partner channels and wires
 * only by hand). Every browser test uses these same properties, so the Failsafe JVM boots this
 * application once for all of them; a test that needs another setting sets it on the bean.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Browser.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "warta.demo.enabled=false",
      "warta.site.name=Warta Uji",
      "warta.wires.scheduled=false",
      "warta.channels.scheduled=false"
    })
@ContextConfiguration(initializers = TestDataDirectory.class)
public @interface BrowserTest {}
