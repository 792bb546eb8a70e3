package id.warta.wire;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.article.TestContent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the desk relies on from polling and the wire tables; runs on SQLite ({@code WireIngestTest})
 * and PostgreSQL ({@code WireIngestIT}) with the same migrations. Sources here are fetched from a
 * local server (127.0.0.1 is an allowed host in tests) or a folder under the wire root.
 */
abstract class WireIngestContract {
  @Autowired WirePoller poller;
  @Autowired java.time.Clock clock;
  @Autowired WireRepository repository;

  final WireServer server = new WireServer();

  @AfterEach
  void stop() {
    server.close();
  }

  long source(WireKind kind, String location) {
    return repository.insertSource(
        new WireSourceForm.Valid(
            TestContent.unique("Kawat uji"), kind, location, "ANTARA", 5, false));
  }

  List<WireItem> queue(long sourceId) {
    return repository.findQueue("", sourceId, 0, 100);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aNewsmlItemOverHttpGoesInOnceAndTheNextPollIsConditional() {
    server.serve(
        "/g2",
        "application/xml",
        WireSamples.bytes(WireSamples.newsml("LISTING_2_NewsML-G2_Text_Document.xml")),
        "\"v1\"");
    long id = source(WireKind.NEWSML_HTTP, server.url("/g2"));

    var first = poller.poll(id, false);
    var second = poller.poll(id, false);

    assertThat(first.stored()).isEqualTo(1);
    assertThat(second.notModified()).isTrue();
    assertThat(server.conditions("/g2")).containsExactly("null", "\"v1\"");
    assertThat(queue(id))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
              assertThat(item.version()).isEqualTo(11);
              assertThat(item.credit()).isEqualTo("Acme News and Media LLC");
              assertThat(item.updated()).isFalse();
            });
  }

  @Test
  void aRepeatedVersionIsStoredOnceAndANewVersionIsMarked() {
    String v1 =
        WireFixtures.newsItem(
            "urn:uji:versi", 1, "usable", "Banjir di Jakarta", "<p>Air naik.</p>");
    String v2 =
        WireFixtures.newsItem(
            "urn:uji:versi", 2, "usable", "Banjir di Jakarta meluas", "<p>Air naik lagi.</p>");
    server.serve("/v", "application/xml", utf8(v1), null);
    long id = source(WireKind.NEWSML_HTTP, server.url("/v"));
    poller.poll(id, false);
    var repeat = poller.poll(id, false);
    server.serve("/v", "application/xml", utf8(v2), null);
    poller.poll(id, false);

    assertThat(repeat.repeats()).isEqualTo(1);
    assertThat(queue(id))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.version()).isEqualTo(2);
              assertThat(item.headline()).isEqualTo("Banjir di Jakarta meluas");
              assertThat(item.updated()).isTrue();
              assertThat(item.urgency()).isEqualTo(2);
            });
  }

  @Test
  void aBrokenItemIsAnErrorInTheQueueAndTheRestOfTheBatchGoesIn() {
    String message =
        "<newsMessage"
            + " xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header><priority>3</priority></header><itemSet>"
            + WireFixtures.newsItem(
                "urn:uji:besar",
                1,
                "usable",
                "Terlalu besar",
                "<p>" + "x".repeat(1_100_000) + "</p>")
            + WireFixtures.newsItem("urn:uji:baik", 1, "usable", "Berita yang baik", "<p>Isi.</p>")
            + "</itemSet></newsMessage>";
    server.serve("/batch", "application/xml", utf8(message), null);
    long id = source(WireKind.NEWSML_HTTP, server.url("/batch"));

    var result = poller.poll(id, false);

    assertThat(result.stored()).isEqualTo(1);
    assertThat(result.errors()).isEqualTo(1);
    assertThat(queue(id))
        .extracting(WireItem::headline, WireItem::failed, WireItem::priority)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("", true, null),
            org.assertj.core.groups.Tuple.tuple("Berita yang baik", false, 3));
    assertThat(queue(id))
        .filteredOn(WireItem::failed)
        .singleElement()
        .satisfies(i -> assertThat(i.error()).startsWith("Isi berita terlalu besar"));
    assertThat(repository.findSource(id).orElseThrow().lastError()).isNull();
  }

  @Test
  void aHostileDeliveryFailsTheSourceAndBacksOff() {
    server.serve(
        "/xxe",
        "application/xml",
        utf8(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + WireFixtures.newsItem("urn:uji:xxe", 1, "usable", "&e;", "<p>&e;</p>")),
        null);
    long id = source(WireKind.NEWSML_HTTP, server.url("/xxe"));

    // the poller's clock, at the milliseconds the database keeps
    Instant before = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    poller.poll(id, false);
    WireSource once = repository.findSource(id).orElseThrow();
    poller.poll(id, false);
    WireSource twice = repository.findSource(id).orElseThrow();

    assertThat(once.lastError())
        .isEqualTo("XML memakai DOCTYPE (entitas XML), yang ditolak demi keamanan.");
    assertThat(once.failureCount()).isEqualTo(1);
    assertThat(twice.failureCount()).isEqualTo(2);
    // 5 minutes doubled once, then twice
    assertThat(Duration.between(before, once.nextPollAt()))
        .isBetween(Duration.ofMinutes(10), Duration.ofMinutes(11));
    assertThat(Duration.between(before, twice.nextPollAt()))
        .isBetween(Duration.ofMinutes(20), Duration.ofMinutes(21));
    assertThat(queue(id)).isEmpty();
  }

  @Test
  void aServerErrorIsShownAndASuccessClearsIt() {
    server.fail("/down", 503);
    long id = source(WireKind.NINJS_HTTP, server.url("/down"));
    poller.poll(id, false);
    assertThat(repository.findSource(id).orElseThrow().lastError()).contains("HTTP 503");

    server.serve(
        "/down",
        "application/json",
        WireSamples.bytes(WireSamples.ninjs("3.1-004_simple_text_article.json")),
        null);
    var result = poller.poll(id, false);

    assertThat(result.stored()).isEqualTo(1);
    WireSource source = repository.findSource(id).orElseThrow();
    assertThat(source.lastError()).isNull();
    assertThat(source.failureCount()).isZero();
    assertThat(queue(id))
        .singleElement()
        .extracting(WireItem::headline)
        .isEqualTo("Captain of wrecked cruise ship on trial in Italy");
  }

  @Test
  void aFolderSourceReadsEachFileOnItsOwnAndMovesIt() throws Exception {
    String name = TestContent.unique("folder").replace(' ', '-');
    Path folder = Files.createDirectories(poller.folderRoot().resolve(name));
    Files.write(
        folder.resolve("foto.xml"),
        WireSamples.bytes(WireSamples.newsml("LISTING_3_Photo_in_NewsML-G2.xml")));
    Files.writeString(
        folder.resolve("rusak.xml"), "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\"");
    long id = source(WireKind.NEWSML_FOLDER, name);

    var result = poller.poll(id, false);

    assertThat(result.stored()).isEqualTo(1);
    assertThat(result.errors()).isEqualTo(1);
    assertThat(queue(id)).extracting(WireItem::failed).containsExactlyInAnyOrder(true, false);
    assertThat(queue(id))
        .filteredOn(WireItem::failed)
        .singleElement()
        .satisfies(i -> assertThat(i.error()).startsWith("rusak.xml: Bukan XML yang utuh"));
    WireItem photo = queue(id).stream().filter(i -> !i.failed()).findFirst().orElseThrow();
    assertThat(repository.findItem(photo.id()).orElseThrow().photos())
        .singleElement()
        .satisfies(p -> assertThat(p.credit()).isEqualTo("Getty Images"));
    assertThat(folder.resolve(WirePoller.DONE).resolve("foto.xml")).exists();
    assertThat(folder.resolve(WirePoller.FAILED).resolve("rusak.xml")).exists();
    assertThat(folder.resolve("foto.xml")).doesNotExist();
  }

  @Test
  void aSourceClaimedByAnotherNodeIsNotPolledHere() {
    server.serve(
        "/claimed",
        "application/xml",
        WireSamples.bytes(WireSamples.newsml("LISTING_2_NewsML-G2_Text_Document.xml")),
        null);
    long id = source(WireKind.NEWSML_HTTP, server.url("/claimed"));
    claimElsewhere("wire:" + id);

    var result = poller.poll(id, false);

    assertThat(result.error()).isEqualTo("Sumber ini sedang diambil oleh proses lain.");
    assertThat(server.conditions("/claimed")).isEmpty();
  }

  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  void claimElsewhere(String job) {
    jdbc.sql(
            "INSERT INTO job_claim (job, claimed_by, claimed_until) VALUES (:job, 'node-lain',"
                + " :until)")
        .param("job", job)
        .param("until", Instant.now().plus(Duration.ofHours(1)).toEpochMilli())
        .update();
  }

  @Test
  void theQueueSearchesHeadlines() throws Exception {
    long id = source(WireKind.NEWSML_HTTP, "https://kawat.example/cari");
    String word = TestContent.unique("Gunung").replace(' ', '-');
    for (String xml :
        List.of(
            WireFixtures.newsItem("urn:uji:cari1", 1, "usable", word + " meletus", "<p>a</p>"),
            WireFixtures.newsItem("urn:uji:cari2", 1, "usable", "Harga beras naik", "<p>b</p>"))) {
      for (ParsedItem item : NewsmlParser.parse(utf8(xml), 100_000)) {
        repository.insertItem(id, item, Instant.now());
      }
    }
    assertThat(repository.findQueue(word.toLowerCase(), null, 0, 10))
        .extracting(WireItem::headline)
        .containsExactly(word + " meletus");
    assertThat(repository.countQueue("", id)).isEqualTo(2);
  }
}
