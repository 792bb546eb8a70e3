package id.warta.newsroom;

import id.warta.platform.desk.Actor;
import id.warta.wire.WireDraftCreated;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A draft taken from the wire belongs to whoever took it, as if they had written it: in the
 * transaction that created it, its owner and first revision are recorded.
 */
@Component
class WireDraftOwners {
  private final UserRepository users;
  private final ArticleOwners owners;
  private final RevisionRepository revisions;
  private final Clock clock;

  WireDraftOwners(
      UserRepository users, ArticleOwners owners, RevisionRepository revisions, Clock clock) {
    this.users = users;
    this.owners = owners;
    this.revisions = revisions;
    this.clock = clock;
  }

  @EventListener
  void on(WireDraftCreated event) {
    Actor actor = users.findByUsername(event.username()).map(Actor::of).orElse(Actor.SYSTEM);
    if (actor.id() != null) {
      owners.set(event.articleId(), actor.id());
    }
    revisions.record(
        event.articleId(), actor, "Diambil dari kawat " + event.agency(), clock.instant());
  }
}
