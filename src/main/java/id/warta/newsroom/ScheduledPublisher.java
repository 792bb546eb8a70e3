package id.warta.newsroom;

import id.warta.article.ArticleRepository;
import id.warta.article.ArticleService;
import id.warta.platform.desk.Actor;
import id.warta.platform.desk.AuditLog;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled articles when their time comes. The schedule is the database itself (status
 * SCHEDULED and the publication time), so nothing is lost while Warta is down: on start it catches
 * up with every article that fell due meanwhile. Each article goes out exactly once: the status
 * change is a conditional update, and only the caller that made it fires the event.
 */
@Component
@ConditionalOnWebApplication
class ScheduledPublisher {
  private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

  private final ArticleRepository articles;
  private final ArticleService service;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ScheduledPublisher(
      ArticleRepository articles,
      ArticleService service,
      AuditLog audit,
      TransactionTemplate transactions,
      Clock clock) {
    this.articles = articles;
    this.service = service;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUp() {
    int published = publishDue();
    if (published > 0) {
      log.info("Published {} scheduled article(s) that fell due while Warta was down", published);
    }
  }

  @Scheduled(
      fixedDelayString = "${warta.newsroom.schedule-interval:PT20S}",
      initialDelayString = "${warta.newsroom.schedule-interval:PT20S}")
  void tick() {
    publishDue();
  }

  /** Publishes every article due now; returns how many this call published. */
  int publishDue() {
    Instant now = clock.instant();
    int count = 0;
    for (long id : articles.findDueScheduled(now)) {
      Boolean done =
          transactions.execute(
              status -> {
                if (!service.publishIfDue(id, now)) {
                  return false;
                }
                audit.record(Actor.SYSTEM, "PUBLISH", "artikel " + id, "terbit terjadwal");
                return true;
              });
      if (Boolean.TRUE.equals(done)) {
        count++;
      }
    }
    return count;
  }
}
