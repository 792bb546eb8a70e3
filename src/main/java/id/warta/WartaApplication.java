package id.warta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the site, or with a command first runs that command (see {@link Commands}). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WartaApplication {
  public static void main(String[] args) {
    if (args.length > 0 && !args[0].startsWith("-")) {
      System.exit(Commands.run(args));
    }
    SpringApplication.run(WartaApplication.class, args);
  }
}
