package id.warta.platform;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Tells the HTTP caches in front of Warta (Varnish with xkey, a Fastly-style CDN) to purge the
 * surrogate keys of every change this process applies, so they drop the pages the page cache drops.
 * Runs after the commit, on a thread of its own per cache, never inside a transaction.
 *
 * <p>A purge is retried with a growing wait until the cache acknowledges it (2xx): a cache that is
 * briefly down loses nothing. Keys waiting for the same cache are merged (one request for many
 * changes) and bounded ({@link PurgeProperties#maxQueuedKeys()}). Only the site sends purges;
 * commands leave it to the site, which applies their changes from the feed.
 */
@Component
@ConditionalOnWebApplication
public class HttpPurger implements ChangeListener, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(HttpPurger.class);

  /** Keys per request: Fastly takes up to 256 in one purge; headers stay a sane size. */
  static final int KEYS_PER_REQUEST = 256;

  private final List<Queue> queues = new ArrayList<>();

  HttpPurger(PurgeProperties properties) {
    var client =
        HttpClient.newBuilder()
            .connectTimeout(properties.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    for (PurgeProperties.Target target : properties.targets()) {
      var queue = new Queue(target, properties, client);
      queues.add(queue);
      queue.worker.start();
    }
  }

  @Override
  public void changed(Set<String> keys) {
    queues.forEach(q -> q.add(keys));
  }

  @Override
  public Stage stage() {
    return Stage.OUTSIDE;
  }

  @Override
  public void destroy() {
    queues.forEach(q -> q.worker.interrupt());
  }

  /** The keys waiting for one cache, and the thread that sends them. */
  private static final class Queue {
    private final PurgeProperties.Target target;
    private final PurgeProperties properties;
    private final HttpClient client;
    private final LinkedHashSet<String> pending = new LinkedHashSet<>();
    private final Thread worker;

    Queue(PurgeProperties.Target target, PurgeProperties properties, HttpClient client) {
      this.target = target;
      this.properties = properties;
      this.client = client;
      this.worker =
          Thread.ofPlatform()
              .daemon()
              .name("http-purge-" + target.url().getHost())
              .unstarted(this::run);
    }

    synchronized void add(Set<String> keys) {
      pending.addAll(keys);
      int dropped = 0;
      for (Iterator<String> oldest = pending.iterator();
          pending.size() > properties.maxQueuedKeys();
          dropped++) {
        oldest.next();
        oldest.remove();
      }
      if (dropped > 0) {
        log.warn(
            "{} purge keys for {} dropped: the cache has been unreachable too long",
            dropped,
            target.url());
      }
      notifyAll();
    }

    private synchronized List<String> next() throws InterruptedException {
      while (pending.isEmpty()) {
        wait();
      }
      return pending.stream().limit(KEYS_PER_REQUEST).toList();
    }

    private synchronized void sent(List<String> keys) {
      keys.forEach(pending::remove);
    }

    private void run() {
      long wait = 0;
      try {
        while (!Thread.currentThread().isInterrupted()) {
          List<String> keys = next();
          if (send(keys)) {
            sent(keys);
            if (wait > 0) {
              log.info("Purges reach {} again", target.url());
            }
            wait = 0;
          } else {
            wait =
                wait == 0
                    ? properties.firstRetry().toMillis()
                    : Math.min(wait * 2, properties.maxRetry().toMillis());
            Thread.sleep(wait); // back off before trying the same keys (and any new ones) again
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private boolean send(List<String> keys) throws InterruptedException {
      String joined = String.join(" ", keys);
      var request =
          HttpRequest.newBuilder(target.url())
              .timeout(properties.timeout())
              .header(target.header(), joined);
      if (target.kind() == PurgeProperties.Kind.VARNISH) {
        request.method("PURGE", HttpRequest.BodyPublishers.noBody());
        if (target.token() != null && !target.token().isBlank()) {
          request.header("Authorization", "Bearer " + target.token());
        }
      } else {
        request.POST(HttpRequest.BodyPublishers.noBody());
        if (target.token() != null && !target.token().isBlank()) {
          request.header("Fastly-Key", target.token());
        }
      }
      try {
        int status =
            client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 == 2) {
          return true;
        }
        log.warn(
            "Purge of {} keys refused by {} ({}); retrying", keys.size(), target.url(), status);
      } catch (IOException e) {
        log.warn(
            "Purge of {} keys could not reach {} ({}); retrying",
            keys.size(),
            target.url(),
            e.toString());
      }
      return false;
    }
  }
}
