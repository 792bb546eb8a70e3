package id.warta.site;

import id.warta.channel.ChannelRepository;
import id.warta.channel.PartnerChannel;
import id.warta.platform.NotFoundException;
import id.warta.platform.PageNumber;
import id.warta.platform.Paging;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A partner channel's "Selengkapnya" page. */
@Controller
class ChannelController {
  private final ChannelRepository channels;
  private final SiteFrames frames;
  private final SiteLayoutProperties layout;

  ChannelController(ChannelRepository channels, SiteFrames frames, SiteLayoutProperties layout) {
    this.channels = channels;
    this.frames = frames;
    this.layout = layout;
  }

  @GetMapping("/mitra/{slug}")
  String channel(
      @PathVariable String slug,
      @RequestParam(name = "halaman", defaultValue = "1") PageNumber halaman,
      HttpServletResponse response,
      Model model) {
    PartnerChannel channel =
        channels
            .findBySlug(slug)
            .filter(PartnerChannel::enabled)
            .orElseThrow(() -> new NotFoundException("Kanal mitra tidak ditemukan."));
    int page = halaman.value();
    int size = layout.pageSize();
    long total = channels.countItems(channel.id());
    Paging.requirePage(page, size, total);
    var items =
        new Paging<>(
            channels.findItems(channel.id(), Paging.offset(page, size), size), page, size, total);
    SitePages.cachePublicly(response, List.of(PartnerChannel.KEY));
    model.addAttribute(
        "page",
        new ChannelPage(
            frames.frame(
                channel.name(),
                "Berita terbaru dari mitra kami " + channel.name() + ".",
                page > 1 ? channel.path() + "?halaman=" + page : channel.path(),
                null),
            channel,
            items,
            frames.site().dates()));
    return "site/channel";
  }
}
