package id.warta.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.warta.MutableClock;
import id.warta.WartaTest;
import id.warta.article.TestContent;
import id.warta.newsroom.Accounts;
import id.warta.platform.JobClaims;
import id.warta.platform.NodeProperties;
import id.warta.platform.StorageProperties;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scheduled backups: made once across nodes when due, the newest kept, and the newsroom shows the
 * last good one. The only test of this context that records backups.
 */
@WartaTest
class ScheduledBackupsTest {
  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired StorageProperties storage;
  @Autowired Accounts accounts;
  @Autowired MockMvc mvc;

  final MutableClock clock = new MutableClock(Instant.now());

  @Test
  void aDueBackupIsMadeByOneNodeTheNewestAreKeptAndTheNewsroomShowsTheLastGood() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "scheduled-");
    var properties = new BackupProperties(dir, Duration.ofHours(24), 2);
    var nodeA = node("simpul-a", properties);
    var nodeB = new JobClaims(jdbc, clock, new NodeProperties("simpul-b", Duration.ofMinutes(5)));

    assertThat(nodeB.claim(Backups.JOB)).isTrue();
    assertThat(nodeA.runIfDue()).as("another node is making it").isFalse();
    nodeB.release(Backups.JOB);
    assertThat(backups(dir)).isEmpty();

    assertThat(nodeA.runIfDue()).isTrue();
    assertThat(nodeA.runIfDue()).as("not due again yet").isFalse();
    assertThat(backups(dir)).hasSize(1);
    for (int day = 0; day < 2; day++) {
      clock.advance(Duration.ofHours(24));
      assertThat(nodeA.runIfDue()).isTrue();
    }
    List<Path> kept = backups(dir);
    assertThat(kept).hasSize(2);
    for (Path backup : kept) {
      BackupManifest.verify(backup);
    }
    Path newest = kept.getLast();

    Path occupied = Files.createTempDirectory(Path.of("target"), "occupied-");
    Files.writeString(occupied.resolve("jangan-dihapus.txt"), "milik orang lain");
    clock.advance(Duration.ofMinutes(1));
    var failed = nodeA.backup(occupied);
    assertThat(failed.succeeded()).isFalse();
    assertThat(occupied.resolve("jangan-dihapus.txt"))
        .as("a refused backup touches nothing")
        .exists();

    String html = page();
    var doc = Jsoup.parse(html);
    assertThat(doc.select("#cadangan-terakhir").text())
        .contains(newest.toString())
        .contains("simpul-a");
    assertThat(doc.select("table.backups tr.failing").text())
        .contains("Gagal")
        .contains("is not empty");
  }

  private Backups node(String name, BackupProperties properties) {
    var claims = new JobClaims(jdbc, clock, new NodeProperties(name, Duration.ofMinutes(5)));
    return new Backups(dataSource, jdbc, storage, properties, claims, clock);
  }

  private static List<Path> backups(Path dir) throws Exception {
    try (var list = Files.list(dir)) {
      return list.filter(p -> Files.exists(p.resolve(BackupManifest.NAME))).sorted().toList();
    }
  }

  private String page() throws Exception {
    String name = TestContent.unique("admin-cadangan").replace(' ', '-');
    accounts.createOrResetAdmin(name, "kata-sandi-uji-123");
    var login =
        mvc.perform(
                post("/redaksi/masuk")
                    .param("nama", name)
                    .param("sandi", "kata-sandi-uji-123")
                    .with(csrf()))
            .andReturn();
    Cookie session = login.getResponse().getCookie("SESSION");
    assertThat(session).as("signed in").isNotNull();
    var response = mvc.perform(get("/redaksi/cadangan").cookie(session)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
