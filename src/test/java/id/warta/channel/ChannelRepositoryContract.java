package id.warta.channel;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.TestContent;
import id.warta.platform.Slugs;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What partner feeds rely on from the channel tables; runs on SQLite ({@code
 * ChannelRepositoryTest}) and PostgreSQL ({@code ChannelRepositoryIT}) with the same migrations.
 */
abstract class ChannelRepositoryContract {
  static final Instant T = Instant.parse("2026-11-25T08:00:00.123Z");

  @Autowired ChannelRepository channels;

  long newChannel(String feedUrl, boolean enabled) {
    String name = TestContent.unique("Mitra Repo");
    return channels.insert(
        new ChannelForm.Valid(
            name, Slugs.of(name), "https://mitra.example", feedUrl, 15, 7, 3, enabled));
  }

  @Test
  void storesAChannelAndItsFeedState() {
    long id = newChannel("https://mitra.example/rss", true);

    var status = channels.findStatus(id).orElseThrow();
    assertThat(status.channel().feedUrl()).isEqualTo("https://mitra.example/rss");
    assertThat(status.channel().refreshMinutes()).isEqualTo(15);
    assertThat(status.channel().maxItems()).isEqualTo(7);
    assertThat(status.channel().position()).isEqualTo(3);
    assertThat(status.lastFetchedAt()).isNull();
    assertThat(status.lastSuccessAt()).isNull();
    assertThat(status.lastError()).isNull();
    assertThat(status.failureCount()).isZero();
    assertThat(status.itemCount()).isZero();
    assertThat(channels.findStatuses()).extracting(s -> s.channel().id()).contains(id);
  }

  @Test
  void recordsFailuresAndASuccessClearsThem() {
    long id = newChannel("https://mitra.example/rss", true);

    channels.recordFailure(id, "Server mitra menjawab HTTP 500.", T);
    channels.recordFailure(id, "Server mitra menjawab HTTP 502.", T.plusSeconds(60));
    var failing = channels.findStatus(id).orElseThrow();
    assertThat(failing.lastError()).isEqualTo("Server mitra menjawab HTTP 502.");
    assertThat(failing.failureCount()).isEqualTo(2);
    assertThat(failing.lastFetchedAt()).isEqualTo(T.plusSeconds(60));
    assertThat(failing.lastSuccessAt()).isNull();

    channels.recordSuccess(id, "\"abc\"", "Wed, 25 Nov 2026 08:00:00 GMT", T.plusSeconds(120));
    var ok = channels.findStatus(id).orElseThrow();
    assertThat(ok.lastError()).isNull();
    assertThat(ok.failureCount()).isZero();
    assertThat(ok.lastSuccessAt()).isEqualTo(T.plusSeconds(120));
    assertThat(channels.findValidators(id))
        .isEqualTo(new ChannelRepository.Validators("\"abc\"", "Wed, 25 Nov 2026 08:00:00 GMT"));
  }

  @Test
  void aValidatorTooLongToStoreIsNotKeptAtAll() {
    long id = newChannel("https://mitra.example/rss", true);
    channels.recordSuccess(id, "x".repeat(501), null, T);
    assertThat(channels.findValidators(id).etag()).isNull();
  }

  @Test
  void upsertsItemsByGuidAndListsThemNewestFirst() {
    long id = newChannel("https://mitra.example/rss", true);
    channels.upsertItem(id, "g1", "Lama", "https://mitra.example/1", "", T);
    channels.upsertItem(id, "g2", "Baru", "https://mitra.example/2", "Ringkas.", T.plusSeconds(10));
    channels.upsertItem(id, "g1", "Lama Diperbarui", "https://mitra.example/1b", "", T);

    assertThat(channels.findItems(id, 0, 10))
        .extracting(ChannelItem::title)
        .containsExactly("Baru", "Lama Diperbarui");
    assertThat(channels.findItemDates(id))
        .containsEntry("g1", T)
        .containsEntry("g2", T.plusSeconds(10));
    assertThat(channels.findStatus(id).orElseThrow().itemCount()).isEqualTo(2);
  }

  @Test
  void trimmingKeepsTheNewestItemsOfThatChannelOnly() {
    long id = newChannel("https://mitra.example/rss", true);
    long other = newChannel("https://lain.example/rss", true);
    for (int i = 0; i < 6; i++) {
      channels.upsertItem(
          id, "g" + i, "Berita " + i, "https://mitra.example/" + i, "", T.plusSeconds(i));
    }
    channels.upsertItem(other, "o", "Lain", "https://lain.example/o", "", T);

    assertThat(channels.trimItems(id, 3)).isEqualTo(3);

    assertThat(channels.findItems(id, 0, 10))
        .extracting(ChannelItem::title)
        .containsExactly("Berita 5", "Berita 4", "Berita 3");
    assertThat(channels.countItems(other)).isEqualTo(1);
  }

  @Test
  void aNewFeedAddressForgetsTheOldValidatorsAndIsDueAtOnce() {
    long id = newChannel("https://mitra.example/rss", true);
    channels.recordSuccess(id, "\"v1\"", "Wed, 25 Nov 2026 08:00:00 GMT", T);
    var same = channels.findStatus(id).orElseThrow().channel();

    channels.update(id, valid(same, "https://mitra.example/rss", "Nama Baru"));
    assertThat(channels.findValidators(id).etag()).isEqualTo("\"v1\"");
    assertThat(channels.findStatus(id).orElseThrow().lastFetchedAt()).isEqualTo(T);
    assertThat(channels.findStatus(id).orElseThrow().channel().name()).isEqualTo("Nama Baru");

    channels.update(id, valid(same, "https://mitra.example/atom", "Nama Baru"));
    assertThat(channels.findValidators(id)).isEqualTo(new ChannelRepository.Validators(null, null));
    assertThat(channels.findStatus(id).orElseThrow().lastFetchedAt()).isNull();
  }

  @Test
  void disabledChannelsLeaveTheSiteButNotTheAdminList() {
    long id = newChannel("https://mitra.example/rss", true);
    channels.setEnabled(id, false);

    assertThat(channels.findEnabled()).extracting(PartnerChannel::id).doesNotContain(id);
    assertThat(channels.findStatuses()).extracting(s -> s.channel().id()).contains(id);
  }

  @Test
  void knowsWhichSlugsAreTaken() {
    long id = newChannel("https://mitra.example/rss", true);
    String slug = channels.findStatus(id).orElseThrow().channel().slug();

    assertThat(channels.slugTaken(slug, -1)).isTrue();
    assertThat(channels.slugTaken(slug, id)).isFalse();
    assertThat(channels.slugTaken(slug + "-lain", -1)).isFalse();
  }

  static ChannelForm.Valid valid(PartnerChannel c, String feedUrl, String name) {
    return new ChannelForm.Valid(
        name,
        c.slug(),
        c.siteUrl(),
        feedUrl,
        c.refreshMinutes(),
        c.maxItems(),
        c.position(),
        c.enabled());
  }
}
