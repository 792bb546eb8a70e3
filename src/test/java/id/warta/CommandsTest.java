package id.warta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What someone typing {@code java -jar warta.jar ...} sees before any command touches data. */
class CommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Commands.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    for (String command :
        new String[] {
          "import-page",
          "refresh-channels",
          "generate-articles",
          "import-edition",
          "reindex",
          "create-admin"
        }) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).as(command).isZero();
      assertThat(out.toString()).as(command).contains("Usage: java -jar warta.jar " + command);
    }
    assertThat(run("help")).isZero();
    assertThat(out.toString()).contains("import-page").contains("create-admin");
  }

  @Test
  void aWrongCommandOrArgumentPrintsTheUsageAndExitsWith2() {
    assertThat(run("import-pages", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("Usage:");
    assertThat(run("import-page")).isEqualTo(2);
    assertThat(run("reindex", "now")).isEqualTo(2);
    assertThat(run("generate-articles", "banyak")).isEqualTo(2);
    assertThat(err.toString()).contains("N must be 0 to 9999999, not banyak");
    assertThat(run("import-edition", "a.pdf", "2021-06-23", "MI", "--fokus-warna=merah"))
        .isEqualTo(2);
  }
}
