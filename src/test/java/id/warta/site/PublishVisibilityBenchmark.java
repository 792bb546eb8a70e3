package id.warta.site;

import id.warta.WartaApplication;
import id.warta.article.ArticleDraft;
import id.warta.article.ArticleService;
import id.warta.article.ArticleStatus;
import id.warta.author.Author;
import id.warta.author.AuthorRepository;
import id.warta.section.Section;
import id.warta.section.SectionRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: how long after a publish each kind of page shows the new article, with the page cache
 * on and every page cached before the publish. Publishes N articles (default 100) from the site
 * itself (applied right after the commit), then N from a second application context on the same
 * database, as a command run beside the site (applied by the site's poll). Prints p50/p99 per page
 * kind. Run with {@code bench/publish-visible.sh [N]}.
 */
public final class PublishVisibilityBenchmark {
  static final int PORT = 18150;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    Path dir = Files.createTempDirectory("warta-publish-bench");
    Map<String, Object> settings = new HashMap<>();
    settings.put("warta.data-dir", dir.toString());
    settings.put("warta.demo.enabled", "false");
    settings.put("warta.channels.scheduled", "false");
    settings.put("warta.cache.enabled", "true");
    settings.put("server.port", String.valueOf(PORT));
    settings.put("logging.level.root", "WARN");
    var site = new SpringApplication(WartaApplication.class);
    try (ConfigurableApplicationContext web = site.run(arguments(settings))) {
      Section section = web.getBean(SectionRepository.class).create("bencana", "Bencana", "", 0);
      Author author = web.getBean(AuthorRepository.class).create("Penulis Bench", "");
      ArticleService local = web.getBean(ArticleService.class);
      long first = 0;
      for (int i = 0; i < 20; i++) {
        long id =
            local.create(
                draft(section, author, "Berita awal " + i, Instant.now().minusSeconds(3600 - i)));
        first = first == 0 ? id : first;
      }
      String older = "/bencana/" + first + "/berita-awal-0";
      Map<String, String> pages = new LinkedHashMap<>();
      pages.put("home", "/");
      pages.put("section", "/bencana");
      pages.put("article (Berita Terkini)", older);
      pages.put("Indeks", "/indeks");
      pages.put("tag", "/tag/uji-bench");
      pages.put("author", "/penulis/penulis-bench");
      pages.put("search", "/cari?q=%s");
      pages.put("RSS", "/rss");
      pages.put("section RSS", "/rss/bencana");
      pages.put("news sitemap", "/sitemap/berita.xml");
      pages.put("API", "/api/articles");
      System.out.printf("%d publishes from the site itself%n", n);
      report(measure(n, pages, section, author, local, "lokal"));

      Map<String, Object> command = new HashMap<>(settings);
      command.putAll(Map.of("warta.search.live-updates", "false"));
      command.remove("server.port");
      var other = new SpringApplication(WartaApplication.class);
      other.setWebApplicationType(WebApplicationType.NONE);
      try (ConfigurableApplicationContext cli = other.run(arguments(command))) {
        System.out.printf("%d publishes from another process (a command beside the site)%n", n);
        report(measure(n, pages, section, author, cli.getBean(ArticleService.class), "jauh"));
      }
    }
  }

  private static Map<String, List<Double>> measure(
      int n,
      Map<String, String> pages,
      Section section,
      Author author,
      ArticleService writer,
      String where)
      throws Exception {
    var client = HttpClient.newHttpClient();
    Map<String, List<Double>> millis = new ConcurrentHashMap<>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n; i++) {
        String token = "kabar" + where + i + "x" + System.nanoTime() % 100000;
        for (String path : pages.values()) {
          get(client, path.formatted("pemanasan")); // cached before the publish
        }
        List<Future<?>> waits = new ArrayList<>();
        long start = System.nanoTime();
        for (var page : pages.entrySet()) {
          String path = page.getValue().formatted(token);
          waits.add(
              pool.submit(
                  () -> {
                    while (!get(client, path).contains("Berita " + token)) {
                      Thread.sleep(2);
                    }
                    millis
                        .computeIfAbsent(
                            page.getKey(), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                        .add((System.nanoTime() - start) / 1e6);
                    return null;
                  }));
        }
        writer.create(draft(section, author, "Berita " + token, Instant.now()));
        for (Future<?> wait : waits) {
          wait.get();
        }
      }
    }
    return millis;
  }

  /**
   * As command-line arguments: they win over application.properties (default properties do not).
   */
  private static String[] arguments(Map<String, Object> settings) {
    return settings.entrySet().stream()
        .map(e -> "--" + e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  private static ArticleDraft draft(Section section, Author author, String title, Instant at) {
    return new ArticleDraft(
        section.id(),
        title,
        null,
        "Ringkasan " + title,
        "<p>Isi " + title + " di lapangan.</p>",
        "",
        "",
        null,
        null,
        ArticleStatus.PUBLISHED,
        at,
        null,
        List.of(author.id()),
        List.of("Uji Bench"),
        List.of());
  }

  private static String get(HttpClient client, String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static void report(Map<String, List<Double>> millis) {
    System.out.println("| page | p50 ms | p99 ms |");
    System.out.println("|---|---:|---:|");
    millis.forEach(
        (page, values) -> {
          List<Double> sorted = values.stream().sorted().toList();
          System.out.printf(
              "| %s | %.0f | %.0f |%n",
              page,
              sorted.get(sorted.size() / 2),
              sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)));
        });
  }
}
