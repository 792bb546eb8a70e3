package id.warta.epaper;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.WartaApplication;
import id.warta.media.MediaLibrary;
import id.warta.media.Rendition;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Two nodes, each with a data directory of its own (its search index), on one database and one
 * shared media directory: files written through one are served by the other.
 */
class SharedStoreTest {
  /** Each image the test makes has a colour (and so bytes) of its own. */
  private static final AtomicInteger COLORS = new AtomicInteger();

  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTwoNodes() throws Exception {
    Path base = Files.createDirectories(Path.of("target", "test-data"));
    Path shared = Files.createTempDirectory(base, "shared-");
    String db =
        "jdbc:sqlite:"
            + shared.resolve("warta.db")
            + "?journal_mode=WAL&busy_timeout=30000&foreign_keys=true&synchronous=NORMAL";
    nodeA = node(Files.createTempDirectory(base, "node-a-"), shared.resolve("media"), db);
    nodeB = node(Files.createTempDirectory(base, "node-b-"), shared.resolve("media"), db);
  }

  @AfterAll
  static void stopNodes() {
    for (var node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void aPhotoUploadedThroughOneNodeIsServedByTheOther() throws Exception {
    var asset =
        nodeA
            .getBean(MediaLibrary.class)
            .upload(
                png(),
                "foto.png",
                "image/png",
                new MediaLibrary.Description("Warta", "Foto", "Foto uji"));

    var response = get(nodeB, asset.url(Rendition.MEDIUM));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(response.body())).getWidth())
        .isEqualTo(600);
  }

  @Test
  void anEditionProcessedOnOneNodeHasItsPagesAndPdfServedByTheOther() throws Exception {
    byte[] pdf = TestPdfs.pages(2, "bersama");
    var upload = EditionUpload.withoutFocus(pdf, TestPdfs.uniqueDate(), "Warta Bersama");
    var service = nodeA.getBean(EditionService.class);
    long id = service.upload(upload).editionId();
    assertThat(service.awaitProcessing(id, Duration.ofSeconds(60)).status())
        .isEqualTo(EditionStatus.READY);
    var pages = nodeB.getBean(EditionRepository.class).findPages(id);
    assertThat(pages).hasSize(2);

    for (var page : pages) {
      var image = get(nodeB, page.imageUrl());
      assertThat(image.statusCode()).as(page.imageUrl()).isEqualTo(200);
      assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }
    var download = get(nodeB, "/epaper/" + upload.editionDate() + "/pdf");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);

    String key = nodeA.getBean(EditionRepository.class).findPdfKey(id).orElseThrow();
    assertThat(get(nodeB, "/media/private/epaper/" + key + ".pdf").statusCode())
        .as("the PDF is not public")
        .isEqualTo(404);
  }

  private static ConfigurableApplicationContext node(Path dataDir, Path mediaDir, String db) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", "0");
    properties.put("warta.data-dir", dataDir.toString());
    properties.put("warta.media-dir", mediaDir.toString());
    properties.put("spring.datasource.url", db);
    properties.put("warta.demo.enabled", "false");
    properties.put("warta.site.name", "Warta Uji");
    properties.put("warta.channels.scheduled", "false");
    properties.put("warta.cache.enabled", "false");
    properties.put("warta.scheduling.enabled", "false");
    properties.put("spring.session.jdbc.cleanup-cron", "-");
    return new SpringApplicationBuilder(WartaApplication.class)
        .initializers(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("node", properties)))
        .run();
  }

  private static HttpResponse<byte[]> get(ConfigurableApplicationContext node, String path)
      throws Exception {
    String port = node.getEnvironment().getRequiredProperty("local.server.port");
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] png() throws Exception {
    var image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(COLORS.addAndGet(0x1f3d5b) & 0xffffff));
    g.fillRect(0, 0, 900, 600);
    g.dispose();
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
