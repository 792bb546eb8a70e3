package id.warta.demo;

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
  private final DemoContent demo;

  DemoLoader(DemoContent demo) {
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo.isEmpty()) {
      demo.load();
    }
  }
}
