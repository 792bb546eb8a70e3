package id.warta.search;

import id.warta.WartaApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: generates N articles (default 100,000) of made-up Indonesian news into a fresh SQLite
 * database, times a full index build from it, then search and related-article latency (p50/p99) for
 * a fixed set of queries. Run with {@code bench/search.sh [N]}.
 */
public final class SearchBenchmark {
  private static final String[] WORDS =
      ("pemerintah pemerintahan kebijakan bijak berterima terima kasih menteri presiden rakyat"
           + " warga desa kota banjir gempa longsor hujan jalan harga beras minyak listrik pasar"
           + " pedagang petani nelayan ikan pendidikan sekolah guru murid kesehatan rumah sakit"
           + " dokter obat polisi menangkap tersangka pengadilan hakim putusan keputusan anggaran"
           + " pembangunan jembatan pelabuhan bandara kereta penerbangan ekonomi pertumbuhan"
           + " investasi ekspor impor perdagangan bank kredit pajak pendapatan daerah pemilu partai"
           + " calon kampanye suara dukungan mengatakan menyatakan menjelaskan menambahkan sepak"
           + " bola pertandingan pemain pelatih kemenangan kekalahan juara turnamen festival budaya"
           + " seni musik film wisata pariwisata hotel pantai gunung hutan lingkungan sampah sungai"
           + " laut teknologi internet aplikasi digital data keamanan serangan peretas layanan"
           + " perusahaan karyawan buruh upah pekerja pengangguran kemiskinan bantuan sosial"
           + " program penyaluran masyarakat")
          .split(" ");
  private static final String[] FILLER =
      "yang dan di dari untuk dengan pada dalam akan telah sudah ini itu juga oleh karena sebagai"
          .split(" ");
  private static final String[][] QUERIES = {
    {"pemerintah", null, "RELEVANCE"},
    {"berterima kasih", null, "RELEVANCE"},
    {"kebijakan ekonomi", null, "RELEVANCE"},
    {"banjir jalan", null, "RELEVANCE"},
    {"harga beras pasar", null, "RELEVANCE"},
    {"\"rumah sakit\"", null, "RELEVANCE"},
    {"pemilu -kampanye", null, "RELEVANCE"},
    {"sepak bola juara", "olahraga", "RELEVANCE"},
    {"peretas serangan", null, "NEWEST"},
    {"gempa", "nasional", "NEWEST"},
    {"pelabuhan investasi", null, "RELEVANCE"},
    {"pendidikan guru sekolah", null, "NEWEST"},
    {"pertumbuhan", null, "RELEVANCE"},
    {"nelayan ikan laut", "ekonomi", "RELEVANCE"},
    {"festival budaya musik", null, "RELEVANCE"},
    {"korupsi hakim", null, "RELEVANCE"},
    {"pemerintahn", null, "RELEVANCE"}, // misspelt: no results, spelling suggestion
    {"listrik", null, "NEWEST"},
    {"wisata pantai", "gaya-hidup", "RELEVANCE"},
    {"karyawan perusahaan upah", null, "RELEVANCE"},
  };
  private static final String[] SECTIONS = {
    "nasional", "internasional", "ekonomi", "olahraga", "gaya-hidup", "teknologi"
  };

  public static void main(String[] args) throws Exception {
    // An existing directory from an earlier run: measure again without generating and building.
    boolean reuse = args.length > 0 && Files.isDirectory(Path.of(args[0]));
    int n = args.length > 0 && !reuse ? Integer.parseInt(args[0]) : 100_000;
    Path dir = reuse ? Path.of(args[0]) : Files.createTempDirectory("warta-bench-");
    System.out.println("Data directory: " + dir);
    var app = new SpringApplication(WartaApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    // Arguments, not default properties: application.properties would win over those.
    String[] settings = {
      "--warta.demo.enabled=false",
      "--warta.data-dir=" + dir,
      "--spring.datasource.url=jdbc:sqlite:"
          + dir.resolve("warta.db")
          + "?journal_mode=WAL&busy_timeout=5000&foreign_keys=true&synchronous=NORMAL",
      "--logging.level.root=WARN"
    };
    try (var context = app.run(settings)) {
      var jdbc = context.getBean(JdbcTemplate.class);
      var tx = context.getBean(TransactionTemplate.class);
      SearchIndex index = context.getBean(SearchIndex.class);
      if (reuse) {
        n = (int) context.getBean(id.warta.article.ArticleSnapshots.class).countPublished();
        System.out.printf("Reusing %,d articles and their index%n", n);
      } else {
        long t0 = System.nanoTime();
        generate(jdbc, tx, n);
        double genSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Generated %,d articles in %.1f s%n", n, genSeconds);

        var outcome = index.rebuild(new ProgressLog(System.out::println));
        double buildSeconds = outcome.took().toMillis() / 1000.0;
        long size = folderSize(dir.resolve("search"));
        System.out.printf(
            "Index built: %,d articles in %.1f s (%,.0f articles/s), %.0f MB on disk%n",
            outcome.indexed(), buildSeconds, outcome.indexed() / buildSeconds, size / 1e6);
      }

      // The same index searched twice: hits counted exactly (as before), then only up to the
      // configured count (warta.search.count-up-to), each alone and by 16 threads at once.
      ArticleSearch counted = context.getBean(ArticleSearch.class);
      var defaults = context.getBean(SearchProperties.class);
      ArticleSearch exact =
          new ArticleSearch(
              index,
              new SearchProperties(
                  defaults.rootWordsFile(),
                  defaults.pageSize(),
                  defaults.maxResults(),
                  defaults.maxQueryLength(),
                  1_000_000,
                  defaults.learnedRootMinArticles()),
              context.getBean(java.time.Clock.class));
      measure("exact count", exact);
      measure("count up to " + defaults.countUpTo(), counted);
      concurrently("exact count", exact, 16);
      concurrently("count up to " + defaults.countUpTo(), counted, 16);

      RelatedArticles related = context.getBean(RelatedArticles.class);
      var random = new Random(7);
      long[] rel = new long[500];
      for (int i = 0; i < 100; i++) {
        related.similar(1 + random.nextInt(n), 1, 4, List.of());
      }
      for (int i = 0; i < rel.length; i++) {
        long s = System.nanoTime();
        related.similar(1 + random.nextInt(n), 1 + random.nextInt(SECTIONS.length), 4, List.of());
        rel[i] = System.nanoTime() - s;
      }
      Arrays.sort(rel);
      System.out.printf(
          "Related articles (MoreLikeThis, 4 per article, %d random articles): p50 %.1f ms, p99"
              + " %.1f ms%n",
          rel.length, pct(rel, 50), pct(rel, 99));
    }
  }

  private static void measure(String name, ArticleSearch search) {
    for (int i = 0; i < 300; i++) { // warm up
      run(search, QUERIES[i % QUERIES.length], 1 + i % 2);
    }
    int rounds = 50;
    List<Long> all = new ArrayList<>();
    System.out.println();
    System.out.println("One thread, " + name + ":");
    System.out.println("| query | filter | order | hits | p50 ms | p99 ms |");
    System.out.println("|---|---|---|---:|---:|---:|");
    for (String[] q : QUERIES) {
      long[] times = new long[rounds];
      SearchResults found = null;
      for (int r = 0; r < rounds; r++) {
        long s = System.nanoTime();
        found = run(search, q, 1);
        times[r] = System.nanoTime() - s;
        all.add(times[r]);
      }
      Arrays.sort(times);
      System.out.printf(
          "| `%s` | %s | %s | %s%,d | %.1f | %.1f |%n",
          q[0],
          q[1] == null ? "" : "kanal=" + q[1],
          q[2].equals("NEWEST") ? "terbaru" : "relevan",
          found.totalIsLowerBound() ? "> " : "",
          found.total(),
          pct(times, 50),
          pct(times, 99));
    }
    long[] overall = all.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "All searches (%d x %d, page 1 with highlighting): p50 %.1f ms, p99 %.1f ms%n",
        QUERIES.length, rounds, pct(overall, 50), pct(overall, 99));
  }

  /** Every query of the set by each of {@code threads} threads at once, 10 times over. */
  private static void concurrently(String name, ArticleSearch search, int threads)
      throws Exception {
    List<Long> all = java.util.Collections.synchronizedList(new ArrayList<>());
    try (var pool = java.util.concurrent.Executors.newFixedThreadPool(threads)) {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < QUERIES.length * 10; i++) {
                    long s = System.nanoTime();
                    run(search, QUERIES[(i + offset) % QUERIES.length], 1);
                    all.add(System.nanoTime() - s);
                  }
                }));
      }
      for (var f : done) {
        f.get();
      }
    }
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "%d threads, %s: %d searches, p50 %.1f ms, p99 %.1f ms%n",
        threads, name, sorted.length, pct(sorted, 50), pct(sorted, 99));
  }

  private static SearchResults run(ArticleSearch search, String[] q, int page) {
    return search.search(
        new SearchRequest(q[0], q[1], null, null, SearchRequest.Order.valueOf(q[2]), page));
  }

  private static double pct(long[] sortedNanos, int p) {
    int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
  }

  private static void generate(JdbcTemplate jdbc, TransactionTemplate tx, int n) {
    var random = new Random(42);
    tx.executeWithoutResult(
        s -> {
          for (int i = 0; i < SECTIONS.length; i++) {
            jdbc.update(
                "INSERT INTO section (slug, name, description, position) VALUES (?, ?, '', ?)",
                SECTIONS[i],
                capitalize(SECTIONS[i].replace('-', ' ')),
                i);
          }
          for (int i = 1; i <= 50; i++) {
            jdbc.update(
                "INSERT INTO author (slug, name, bio) VALUES (?, ?, '')",
                "penulis-" + i,
                "Penulis Nomor " + i);
          }
          for (int i = 1; i <= 200; i++) {
            jdbc.update(
                "INSERT INTO tag (slug, name) VALUES (?, ?)",
                "topik-" + i,
                capitalize(WORDS[i % WORDS.length]) + " " + i);
          }
        });
    long start = Instant.parse("2015-01-01T00:00:00Z").toEpochMilli();
    long span = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli() - start;
    int batch = 2000;
    for (int from = 1; from <= n; from += batch) {
      int first = from;
      int last = Math.min(n, from + batch - 1);
      tx.executeWithoutResult(
          s -> {
            List<Object[]> articles = new ArrayList<>();
            List<Object[]> authors = new ArrayList<>();
            List<Object[]> tags = new ArrayList<>();
            for (int id = first; id <= last; id++) {
              String[] topic = topic(random);
              String title = capitalize(sentence(random, topic, 6 + random.nextInt(5), false));
              StringBuilder body = new StringBuilder();
              for (int p = 0; p < 6; p++) {
                body.append("<p>");
                for (int k = 0; k < 3; k++) {
                  body.append(capitalize(sentence(random, topic, 10 + random.nextInt(10), true)))
                      .append(". ");
                }
                body.append("</p>");
              }
              long published = start + (long) (random.nextDouble() * span);
              articles.add(
                  new Object[] {
                    id,
                    1 + random.nextInt(SECTIONS.length),
                    title,
                    "berita-" + id,
                    capitalize(sentence(random, topic, 20, true)) + ".",
                    body.toString(),
                    published,
                    published,
                    published
                  });
              authors.add(new Object[] {id, 1 + random.nextInt(50)});
              int t1 = 1 + random.nextInt(200);
              tags.add(new Object[] {id, t1, 0});
              tags.add(new Object[] {id, 1 + (t1 % 200), 1});
            }
            jdbc.batchUpdate(
                """
                INSERT INTO article (id, section_id, title, slug, lead, body_html, status,
                                     published_at, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, 0)
                """,
                articles);
            jdbc.batchUpdate(
                "INSERT INTO article_author (article_id, author_id, position) VALUES (?, ?, 0)",
                authors);
            jdbc.batchUpdate(
                "INSERT INTO article_tag (article_id, tag_id, position) VALUES (?, ?, ?)", tags);
          });
    }
  }

  /** Words of one story's topic (a few of the vocabulary), with stop words in between. */
  private static String sentence(Random random, String[] topic, int words, boolean filler) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(' ');
      }
      boolean stop = filler && random.nextInt(4) == 0;
      out.append(
          stop ? FILLER[random.nextInt(FILLER.length)] : topic[random.nextInt(topic.length)]);
    }
    return out.toString();
  }

  private static String[] topic(Random random) {
    String[] topic = new String[12];
    for (int i = 0; i < topic.length; i++) {
      topic[i] = WORDS[random.nextInt(WORDS.length)];
    }
    return topic;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static long folderSize(Path dir) throws Exception {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
