package id.warta.api;

import id.warta.platform.HttpCaching;
import id.warta.platform.SiteProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document (/api/openapi.json, written by hand in resources/api and given this site's
 * address as its server) and the page that presents it (/api).
 */
@Controller
class ApiDocs {
  static final String OPENAPI_PATH = "/api/openapi.json";
  static final List<String> METHODS = List.of("get", "head", "post", "put", "patch", "delete");

  private final byte[] document;
  private final ApiDocsPage page;

  ApiDocs(JsonMapper json, SiteProperties site) {
    ObjectNode doc;
    try (InputStream in = new ClassPathResource("api/openapi.json").getInputStream()) {
      doc = (ObjectNode) json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the OpenAPI document", e);
    }
    ((ObjectNode) doc.get("servers").get(0)).put("url", site.absolute("/"));
    this.document = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
    this.page = page(doc, site);
  }

  @GetMapping(OPENAPI_PATH)
  @ResponseBody
  ResponseEntity<byte[]> openApi() {
    // Read once at start: nothing changes it while the site runs.
    return HttpCaching.respond(
        document, MediaType.APPLICATION_JSON, null, Duration.ofHours(1), List.of("api-docs"));
  }

  @GetMapping({"/api", "/api/"})
  String docs(Model model, HttpServletResponse response) {
    response.setHeader("Cache-Control", "public, max-age=3600");
    model.addAttribute("page", page);
    return "api/docs";
  }

  private static ApiDocsPage page(JsonNode doc, SiteProperties site) {
    List<ApiDocsPage.Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (String method : METHODS) {
        JsonNode op = path.getValue().get(method);
        if (op == null) {
          continue;
        }
        List<ApiDocsPage.Parameter> parameters = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
          JsonNode param = resolve(doc, p);
          parameters.add(
              new ApiDocsPage.Parameter(
                  param.path("name").asString(),
                  param.path("in").asString(),
                  param.path("required").asBoolean(false),
                  param.path("schema").path("type").asString("string"),
                  param.path("description").asString("")));
        }
        List<ApiDocsPage.Response> responses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> r : op.path("responses").properties()) {
          responses.add(
              new ApiDocsPage.Response(r.getKey(), r.getValue().path("description").asString("")));
        }
        operations.add(
            new ApiDocsPage.Operation(
                op.path("operationId").asString(),
                method.toUpperCase(Locale.ROOT),
                path.getKey(),
                op.path("summary").asString(""),
                op.path("description").asString(""),
                parameters,
                responses));
      }
    }
    List<ApiDocsPage.Problem> problems =
        List.of(
            new ApiDocsPage.Problem(
                "galat-400",
                400,
                "Permintaan tidak valid",
                "Nomor atau ukuran halaman, atau id artikel, bukan angka yang mungkin."),
            new ApiDocsPage.Problem(
                "galat-404",
                404,
                "Sumber tidak ditemukan",
                "Artikel, kanal, penulis, topik atau halaman daftar itu tidak ada (atau belum"
                    + " terbit)."),
            new ApiDocsPage.Problem(
                "galat-405",
                405,
                "Metode tidak diizinkan",
                "API ini hanya dapat dibaca: selain GET dan HEAD ditolak."),
            new ApiDocsPage.Problem(
                "galat-500",
                500,
                "Terjadi gangguan",
                "Gangguan di server; coba lagi beberapa saat kemudian."));
    JsonNode info = doc.get("info");
    return new ApiDocsPage(
        site.name(),
        info.path("title").asString(),
        info.path("version").asString(),
        info.path("description").asString(""),
        OPENAPI_PATH,
        operations,
        problems);
  }

  private static JsonNode resolve(JsonNode doc, JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref == null) {
      return node;
    }
    return doc.at(ref.asString().substring(1));
  }
}
