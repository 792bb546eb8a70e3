package id.warta.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/** Fills an empty database with the demo content on the first start of the site. */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "warta.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final DemoContent demo;

  DemoLoader(DemoContent demo) {
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      if (demo.isEmpty()) {
        demo.load();
      }
    } catch (RuntimeException e) {
      // Readers are already being served: a demo that cannot load must not stop the site (an
      // exception from a runner ends the application).
      log.error("The demo content could not be loaded; the site runs without it", e);
    }
  }
}
