package id.warta.wire;

import id.warta.channel.ChannelProperties;
import id.warta.channel.FeedFetcher;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The partner channels' fetcher (public addresses only, checked on every redirect, size and time
 * limits, conditional GET), set up twice for the wires: one for deliveries, one for photos. Not
 * beans of type FeedFetcher: the channel package wires its own by type.
 */
@Component
class WireFetchers implements DisposableBean {
  final FeedFetcher deliveries;
  final FeedFetcher photos;

  WireFetchers(WireProperties wires, ChannelProperties channels) {
    this.deliveries = new FeedFetcher(settings(wires, channels, wires.maxDelivery()));
    this.photos = new FeedFetcher(settings(wires, channels, wires.maxPhoto()));
  }

  private static ChannelProperties settings(
      WireProperties wires,
      ChannelProperties channels,
      org.springframework.util.unit.DataSize max) {
    return new ChannelProperties(
        false,
        wires.tick(),
        wires.firstTick(),
        wires.connectTimeout(),
        wires.totalTimeout(),
        max,
        3,
        2,
        wires.userAgent(),
        List.copyOf(channels.allowedHosts()));
  }

  @Override
  public void destroy() {
    deliveries.close();
    photos.close();
  }
}
