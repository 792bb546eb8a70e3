package id.warta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Two Warta nodes on one PostgreSQL database behind Varnish, started from the packaged jar by
 * {@code deploy/cluster.sh} on free ports, for tests that drive it over HTTP as an editor and
 * readers would. Booting the nodes is what costs, so the JVM starts one cluster, on first use, for
 * all cluster test classes (a parameter of type {@code Cluster}); it is taken down and its database
 * dropped when the test run ends. A class that stops or kills a part leaves it so; the next class
 * asks for {@link #up} and gets it back. Runs where varnishd is installed; under CI=true its
 * absence is a failure.
 */
public final class Cluster implements AutoCloseable {
  /**
   * How long cluster.sh may take. A node starts in seconds on a quiet machine; on a shared one
   * under load 30 it took over four minutes, which is slow, not broken.
   */
  static final Duration START = Duration.ofMinutes(11);

  private final String database = "warta_cluster_it_" + Long.toString(System.nanoTime(), 36);
  private final Path state = Path.of("target", "cluster-it").toAbsolutePath();
  private final Map<String, String> env = new LinkedHashMap<>();

  /**
   * Started in the background while other classes run ({@link EarlyStart}): the nodes run at a
   * lower CPU priority, so that booting them takes the cores only when the foreground tests leave
   * them idle.
   */
  private volatile boolean background;

  private final HttpClient readers =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final String nonce = letters(6);
  String varnish;
  String node1;
  String node2;
  private String password;
  private long section;
  private long author;
  private RuntimeException failed;

  /** The JUnit extension: runs the class where varnishd is installed and hands it the cluster. */
  public static final class Shared implements ExecutionCondition, ParameterResolver {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (installed()) {
        return ConditionEvaluationResult.enabled("varnishd and vmod xkey are installed");
      }
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI=true but varnishd or vmod xkey is missing: apt-get install varnish"
                + " varnish-modules");
      }
      return ConditionEvaluationResult.disabled(
          "SKIPPED: the cluster test needs varnishd and vmod xkey (apt-get install varnish"
              + " varnish-modules)");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Cluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      Cluster cluster;
      if (EarlyStart.started != null) {
        cluster = EarlyStart.started.join(); // stopped by EarlyStart when the run ends
      } else {
        cluster =
            context
                .getRoot()
                .getStore(ExtensionContext.Namespace.create(Cluster.class))
                .computeIfAbsent(Cluster.class, k -> new Cluster(), Cluster.class);
      }
      cluster.up();
      return cluster;
    }
  }

  private Cluster() {}

  static boolean installed() {
    return new File("/usr/sbin/varnishd").canExecute()
        && new File("/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so").exists();
  }

  /**
   * Starts the cluster in the background when a test run that holds cluster classes begins, so that
   * the nodes boot while the other classes run ({@link ClusterLast} puts the cluster classes at the
   * end); takes it down when the run ends. Registered for every test JVM in META-INF/services; a
   * run without cluster classes starts nothing.
   */
  public static final class EarlyStart implements TestExecutionListener {
    static volatile CompletableFuture<Cluster> started;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
      if (!installed() || !holdsClusterClasses(plan)) {
        return;
      }
      started =
          CompletableFuture.supplyAsync(
              () -> {
                var cluster = new Cluster();
                cluster.background = true;
                try {
                  cluster.up();
                } catch (RuntimeException e) {
                  // up() remembers the failure: the cluster classes report it
                }
                return cluster;
              });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
      if (started != null) {
        started.join().close();
        started = null;
      }
    }

    private static boolean holdsClusterClasses(TestPlan plan) {
      var pending = new ArrayList<>(plan.getRoots());
      while (!pending.isEmpty()) {
        TestIdentifier id = pending.removeLast();
        if (id.getSource().orElse(null) instanceof ClassSource source
            && usesCluster(source.getJavaClass())) {
          return true;
        }
        pending.addAll(plan.getChildren(id));
      }
      return false;
    }
  }

  static boolean usesCluster(Class<?> type) {
    ExtendWith extensions = type.getAnnotation(ExtendWith.class);
    return extensions != null && List.of(extensions.value()).contains(Shared.class);
  }

  /**
   * Failsafe's class order: alphabetical, the cluster classes last (their cluster boots in the
   * background meanwhile, see {@link EarlyStart}).
   */
  public static final class ClusterLast implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
      context
          .getClassDescriptors()
          .sort(
              Comparator.comparing((ClassDescriptor c) -> usesCluster(c.getTestClass()))
                  .thenComparing(c -> c.getTestClass().getName()));
    }
  }

  /**
   * Starts what is not running (all of it the first time, with the newsroom's admin, a section and
   * an author); answers once every node says it is ready and Varnish serves.
   */
  synchronized void up() {
    if (failed != null) {
      throw failed; // once is enough: the next class does not wait for it again
    }
    if (varnish != null) {
      parse(cluster("up"));
      return;
    }
    try {
      try (var c =
          DriverManager.getConnection(
              "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
        c.createStatement().execute("CREATE DATABASE " + database);
      }
      deleteRecursively(state);
      int[] ports = freePorts(3);
      env.put("WARTA_CLUSTER_DIR", state.toString());
      env.put("WARTA_CLUSTER_DB", database);
      env.put("WARTA_CLUSTER_PORTS", ports[0] + " " + ports[1] + " " + ports[2]);
      env.put("WARTA_JAR", Path.of("target", "warta.jar").toAbsolutePath().toString());
      // No demo content: the editor makes the one section and author the tests write in.
      env.put("WARTA_CLUSTER_DEMO", "false");
      // Nodes that live for seconds: the quick JIT compiler alone, one GC thread.
      env.put("WARTA_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
      env.put("WARTA_CLUSTER_WAIT", String.valueOf(START.minusMinutes(1).toSeconds()));
      // The admin is created while the nodes start: both wait on Flyway's lock for the schema.
      CompletableFuture<String> admin =
          CompletableFuture.supplyAsync(() -> cluster("admin", "kepala"));
      Map<String, String> parts = parse(cluster("up"));
      assertThat(parts.get("db")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/" + database);
      Matcher m =
          Pattern.compile("Kata sandi: (\\S+)")
              .matcher(admin.get(START.toSeconds(), TimeUnit.SECONDS));
      assertThat(m.find()).as("create-admin prints the password").isTrue();
      password = m.group(1);
      var editor = new Editor(node1);
      editor.logIn();
      section = editor.createSection("Nasional", "nasional");
      author = editor.createAuthor("Redaksi Kluster");
    } catch (Exception | AssertionError e) {
      failed = new IllegalStateException("the cluster did not start", e);
      // on the console too: CI shows the build's output, not the reports
      System.err.println("The cluster did not start: " + e);
      close();
      throw failed;
    }
  }

  void stop(String part) {
    cluster("stop", part);
  }

  void kill(String part) {
    cluster("kill", part);
  }

  @Override
  public void close() {
    try {
      cluster("down");
    } finally {
      try (var c =
          DriverManager.getConnection(
              "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
        c.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** An editor's browser: its own cookies, redirects not followed so that each answer is seen. */
  final class Editor {
    private final CookieManager cookies;
    private final HttpClient client;
    private final String base;

    Editor(String base) {
      this(base, new CookieManager());
    }

    private Editor(String base, CookieManager cookies) {
      this.base = base;
      this.cookies = cookies;
      this.client =
          HttpClient.newBuilder()
              .cookieHandler(cookies)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
    }

    /** The same browser, its session cookie sent to another node (cookies are per host). */
    Editor on(String other) {
      var moved = new CookieManager();
      URI from = URI.create(base);
      URI to = URI.create(other);
      cookies.getCookieStore().get(from).forEach(c -> moved.getCookieStore().add(to, c));
      assertThat(moved.getCookieStore().getCookies()).anyMatch(c -> c.getName().equals("SESSION"));
      return new Editor(other, moved);
    }

    void logIn() {
      var answer =
          post(
              "/redaksi/masuk",
              Map.of("nama", "kepala", "sandi", password, "_csrf", csrf("/redaksi/masuk")));
      assertThat(answer.statusCode()).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/redaksi"));
    }

    /** Creates a section in the newsroom; answers its id. */
    long createSection(String name, String slug) {
      var answer =
          post(
              "/redaksi/kanal",
              Map.of(
                  "name",
                  name,
                  "slug",
                  slug,
                  "description",
                  "Kanal " + name + ".",
                  "_csrf",
                  csrf("/redaksi/kanal")));
      assertThat(answer.statusCode()).as("section answered %s", answer.body()).isEqualTo(302);
      String list = send(HttpRequest.newBuilder(URI.create(base + "/redaksi/kanal")).GET()).body();
      Matcher id = Pattern.compile("action=\"/redaksi/kanal/(\\d+)\"").matcher(list);
      assertThat(id.find()).as("the section list shows the section").isTrue();
      return Long.parseLong(id.group(1));
    }

    /** Creates an author in the newsroom; answers its id. */
    long createAuthor(String name) {
      var answer =
          post(
              "/redaksi/penulis",
              Map.of(
                  "nama",
                  name,
                  "slug",
                  "",
                  "foto",
                  "",
                  "bio",
                  "",
                  "tautan",
                  "",
                  "_csrf",
                  csrf("/redaksi/penulis")));
      assertThat(answer.statusCode()).as("author answered %s", answer.body()).isEqualTo(302);
      String location = answer.headers().firstValue("Location").orElseThrow();
      return Long.parseLong(location.replaceAll(".*/redaksi/penulis/(\\d+)$", "$1"));
    }

    long publish(String title, String tag) {
      var answer =
          post(
              "/redaksi/artikel/baru",
              form(title, tag, "0", "terbitkan", csrf("/redaksi/artikel/baru")));
      assertThat(answer.statusCode()).as("publish answered %s", answer.body()).isEqualTo(302);
      String location = answer.headers().firstValue("Location").orElseThrow();
      return Long.parseLong(location.replaceAll(".*/redaksi/artikel/(\\d+)$", "$1"));
    }

    void withdraw(long id, String title, String tag) {
      String editorPage =
          send(HttpRequest.newBuilder(URI.create(base + "/redaksi/artikel/" + id)).GET()).body();
      Matcher version = Pattern.compile("name=\"versi\" value=\"(\\d+)\"").matcher(editorPage);
      assertThat(version.find()).as("the editor shows the article's version").isTrue();
      var answer =
          post(
              "/redaksi/artikel/" + id,
              form(title, tag, version.group(1), "tarik", csrfIn(editorPage)));
      assertThat(answer.statusCode()).as("withdraw answered %s", answer.body()).isEqualTo(302);
    }

    /** Uploads a photo to the media library; answers the address the library shows for it. */
    String upload(byte[] jpeg) {
      String token = csrf("/redaksi/media");
      String boundary = "----warta" + letters(12);
      var body = new ByteArrayOutputStream();
      Map<String, String> fields =
          Map.of(
              "_csrf",
              token,
              "kredit",
              "Warta/Uji",
              "keterangan",
              "Foto uji " + nonce,
              "alt",
              "Foto uji");
      try {
        for (var field : fields.entrySet()) {
          body.write(
              ("--"
                      + boundary
                      + "\r\nContent-Disposition: form-data; name=\""
                      + field.getKey()
                      + "\"\r\n\r\n"
                      + field.getValue()
                      + "\r\n")
                  .getBytes(StandardCharsets.UTF_8));
        }
        body.write(
            ("--"
                    + boundary
                    + "\r\n"
                    + "Content-Disposition: form-data; name=\"berkas\"; filename=\"uji.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(jpeg);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      var answer =
          send(
              HttpRequest.newBuilder(URI.create(base + "/redaksi/media"))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
      assertThat(answer.statusCode()).as("upload answered %s", answer.body()).isEqualTo(302);
      String library =
          send(HttpRequest.newBuilder(URI.create(base + "/redaksi/media")).GET()).body();
      Matcher src = Pattern.compile("src=\"(/media/[^\"]+)\"").matcher(library);
      assertThat(src.find()).as("the library shows the photo").isTrue();
      return src.group(1);
    }

    private Map<String, String> form(
        String title, String tag, String version, String action, String csrf) {
      var form = new LinkedHashMap<String, String>();
      form.put("judul", title);
      form.put("kanal", String.valueOf(section));
      form.put("penulis", String.valueOf(author));
      form.put("ringkasan", "Ringkasan " + title + ".");
      form.put("isi", "<p>Isi berita " + title + ".</p>");
      form.put("tag", tag);
      form.put("versi", version);
      form.put("aksi", action);
      form.put("_csrf", csrf);
      return form;
    }

    private String csrf(String path) {
      var page = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
      assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
      return csrfIn(page.body());
    }

    private String csrfIn(String page) {
      Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
      assertThat(m.find()).as("the form carries a CSRF token").isTrue();
      return m.group(1);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
      String body =
          fields.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return client.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Polls url until the answer satisfies want, failing once within has passed since from. */
  void awaitWithin(long from, Duration within, String url, Predicate<HttpResponse<String>> want) {
    long deadline = from + within.toNanos();
    HttpResponse<String> last = null;
    while (true) {
      try {
        last = get(url);
        if (want.test(last)) {
          return;
        }
      } catch (UncheckedIOException e) {
        // a node refusing connections counts as not yet
      }
      if (System.nanoTime() > deadline) {
        break;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(20_000_000); // polling pace, not a timing
    }
    throw new AssertionError(
        url
            + " not as expected "
            + Duration.ofNanos(System.nanoTime() - from).toMillis()
            + " ms after the change"
            + (last == null
                ? ""
                : "; last answer "
                    + last.statusCode()
                    + ", X-Cache "
                    + last.headers().firstValue("X-Cache").orElse("-")));
  }

  HttpResponse<String> get(String url) {
    return read(url, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String url) {
    return read(url, HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> read(String url, HttpResponse.BodyHandler<T> body) {
    try {
      return readers.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs deploy/cluster.sh with this cluster's ports, state and database; answers its output. */
  private String cluster(String... args) {
    var command = new ArrayList<String>(List.of("bash", "deploy/cluster.sh"));
    if (background) {
      command.addAll(0, List.of("nice", "-n", "15"));
    }
    command.addAll(List.of(args));
    try {
      Path log = Files.createTempFile("cluster-", ".log");
      var process =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      process.environment().putAll(env);
      Process p = process.start();
      if (!p.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("cluster.sh " + String.join(" ", args) + " took over " + START);
      }
      String output = Files.readString(log);
      Files.delete(log);
      if (p.exitValue() != 0) {
        throw new AssertionError("cluster.sh " + String.join(" ", args) + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Reads cluster.sh up's answer: one URL per part. */
  private Map<String, String> parse(String output) {
    var parts = new LinkedHashMap<String, String>();
    for (String line : output.lines().toList()) {
      int eq = line.indexOf('=');
      if (eq > 0 && line.substring(0, eq).matches("varnish|node1|node2|db")) {
        parts.put(line.substring(0, eq), line.substring(eq + 1).strip());
      }
    }
    assertThat(parts.keySet()).containsExactly("varnish", "node1", "node2", "db");
    varnish = parts.get("varnish");
    node1 = parts.get("node1");
    node2 = parts.get("node2");
    return parts;
  }

  private static int[] freePorts(int count) throws IOException {
    var sockets = new ArrayList<ServerSocket>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } finally {
      for (var socket : sockets) {
        socket.close();
      }
    }
  }

  static String letters(int n) {
    var random = new Random();
    var s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
