package id.warta.epaper;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.MutableClock;
import id.warta.Race;
import id.warta.WartaTest;
import id.warta.platform.Changes;
import id.warta.platform.JobClaims;
import id.warta.platform.NodeProperties;
import id.warta.platform.PixelBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Two nodes on one database process an edition once; what a node that died left is finished. */
@WartaTest
class EditionClaimsTest {
  @Autowired EditionService service;
  @Autowired EditionRepository repository;
  @Autowired EditionFiles files;
  @Autowired EpaperProperties properties;
  @Autowired PageLimits limits;
  @Autowired PixelBudget budget;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;
  @Autowired Changes changes;
  @Autowired JdbcClient jdbc;

  final MutableClock claimClock = new MutableClock(Instant.now());
  final AtomicInteger rendered = new AtomicInteger();

  @Test
  void twoNodesResumingTheSameEditionRenderEachPageOnce() throws Exception {
    var nodeA = node("node-a");
    var nodeB = node("node-b");
    for (int round = 0; round < 5; round++) {
      long id = HostilePdfTest.stored(files, repository, TestPdfs.pages(2, "sekali"), 2);
      rendered.set(0);
      var turn = new AtomicInteger();

      Race.twice(() -> (turn.getAndIncrement() == 0 ? nodeA : nodeB).process(id));

      assertThat(rendered).as("round " + round).hasValue(2);
      assertThat(service.progress(id).status()).isEqualTo(EditionStatus.READY);
    }
  }

  @Test
  void anEditionClaimedByANodeThatDiedIsFinishedOnceItsClaimExpires() {
    long id = HostilePdfTest.stored(files, repository, TestPdfs.pages(2, "yatim"), 2);
    var died = claims("mati");
    assertThat(died.claim(EditionProcessor.job(id))).isTrue();
    var survivor = node("hidup");

    assertThat(survivor.process(id)).isEqualTo(EditionStatus.PROCESSING);
    assertThat(rendered).as("not while the claim holds").hasValue(0);
    claimClock.advance(Duration.ofMinutes(5));

    assertThat(survivor.process(id)).isEqualTo(EditionStatus.READY);
    assertThat(repository.findPageNumbers(id)).containsExactly(1, 2);
  }

  /** Another node: its own processor, renderer and name in claims, on the same database. */
  private EditionProcessor node(String name) {
    var renderer =
        new PageRenderer(properties, files, limits, budget) {
          @Override
          Rendered render(PDDocument document, PDFRenderer pdfRenderer, String key, int number)
              throws java.io.IOException {
            rendered.incrementAndGet();
            return super.render(document, pdfRenderer, key, number);
          }
        };
    return new EditionProcessor(
        repository, files, renderer, events, changes, claims(name), tx, Clock.systemUTC());
  }

  private JobClaims claims(String name) {
    return new JobClaims(jdbc, claimClock, new NodeProperties(name, Duration.ofMinutes(5)));
  }
}
