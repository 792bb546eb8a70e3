package id.warta;

import id.warta.channel.ChannelAdmin;
import id.warta.channel.RefreshResult;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

@Command(
    name = "refresh-channels",
    mixinStandardHelpOptions = true,
    description = "Fetch every enabled partner channel's feed once; exits 1 if any failed.")
final class RefreshChannelsCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = Commands.context()) {
      var results = context.getBean(ChannelAdmin.class).refreshAll();
      if (results.isEmpty()) {
        System.out.println("No enabled partner channels.");
      }
      for (var result : results) {
        System.out.println(result.slug() + " (" + result.name() + "): " + result.summary());
      }
      return results.stream().anyMatch(RefreshResult::failed) ? 1 : 0;
    }
  }
}
