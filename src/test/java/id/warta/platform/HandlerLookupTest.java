package id.warta.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.warta.WartaTest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The prefiltered lookup ({@link HandlerLookup}) chooses exactly what Spring's full lookup chooses
 * (the same controller method, or the same refusal: 404, 405, 406), for a path made from every
 * mapping of the application and for variants a client may send: a trailing slash, other case,
 * percent-encoding, a path parameter, a prefix cut short, a longer path, each with GET and POST.
 */
@WartaTest
class HandlerLookupTest {
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void theApplicationsMappingIsPrefiltered() {
    assertThat(mapping).isInstanceOf(HandlerLookup.PrefilteredMapping.class);
  }

  @Test
  void choosesWhatSpringsFullLookupChoosesForEveryMappingAndItsVariants() throws Exception {
    var prefiltered = (HandlerLookup.PrefilteredMapping) mapping;
    Set<String> paths = new LinkedHashSet<>();
    for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        String path = example(pattern.getPatternString());
        paths.add(path);
        paths.add(path + "/");
        paths.add(path.toUpperCase(java.util.Locale.ROOT));
        paths.add(path + "/lagi");
        paths.add(path + ";jsessionid=1");
        paths.add(path.replace("a", "%61"));
        int cut = path.lastIndexOf('/');
        paths.add(cut > 0 ? path.substring(0, cut) : "/");
        paths.add(path.length() > 2 ? path.substring(0, path.length() - 1) : path);
      }
    }
    paths.addAll(List.of("/", "//", "/redaksi", "/redaksix/masuk", "/nasional/7", "/x/y/z/w"));
    assertThat(paths).hasSizeGreaterThan(500);

    List<String> differences = new ArrayList<>();
    int found = 0;
    for (String path : paths) {
      for (String method : List.of("GET", "POST")) {
        String viaPrefilter =
            outcome(
                () ->
                    prefiltered.lookupHandlerMethod(
                        lookupPath(method, path), request(method, path)));
        String inFull =
            outcome(
                () -> prefiltered.lookupInFull(lookupPath(method, path), request(method, path)));
        if (!viaPrefilter.equals(inFull)) {
          differences.add(method + " " + path + ": " + viaPrefilter + " instead of " + inFull);
        }
        if (!viaPrefilter.equals("none") && !viaPrefilter.startsWith("refused")) {
          found++;
        }
      }
    }
    assertThat(differences).isEmpty();
    // The comparison is about real lookups: most example paths find their controller method.
    assertThat(found).isGreaterThan(mapping.getHandlerMethods().size());
  }

  @Test
  void literalPrefixIsTheLeadingRunOfLiteralSegments() {
    assertThat(HandlerLookup.PrefilteredMapping.literalPrefix("/redaksi/artikel/{id}/ubah"))
        .isEqualTo("/redaksi/artikel");
    assertThat(HandlerLookup.PrefilteredMapping.literalPrefix("/cari")).isEqualTo("/cari");
    assertThat(HandlerLookup.PrefilteredMapping.literalPrefix("/{section:[a-z0-9-]+}/{id}"))
        .isEmpty();
    assertThat(HandlerLookup.PrefilteredMapping.literalPrefix("/media/**")).isEqualTo("/media");
    assertThat(HandlerLookup.PrefilteredMapping.literalPrefix("/sitemap-{year}.xml")).isEmpty();
    assertThat(HandlerLookup.PrefilteredMapping.literalPrefix("/")).isEmpty();
  }

  private interface Lookup {
    HandlerMethod find() throws Exception;
  }

  private static String outcome(Lookup lookup) {
    try {
      HandlerMethod found = lookup.find();
      return found == null ? "none" : found.getMethod().toGenericString();
    } catch (Exception e) {
      return "refused " + e.getClass().getSimpleName();
    }
  }

  private String lookupPath(String method, String path) {
    return ServletRequestPathUtils.getParsedRequestPath(request(method, path))
        .pathWithinApplication()
        .value();
  }

  private static HttpServletRequest request(String method, String path) {
    var request = new MockHttpServletRequest(method, path);
    request.addHeader("Accept", "text/html");
    ServletRequestPathUtils.parseAndCache(request);
    return request;
  }

  /** A path the pattern matches: digits for numeric variables, words for the others. */
  private static String example(String pattern) {
    return pattern
        .replaceAll("\\{\\*[^}]+}", "a/b")
        .replaceAll("\\{[^}:]+:\\[0-9][^}]*}", "7")
        .replaceAll("\\{[^}:]+:[^}]*}", "nasional")
        .replaceAll("\\{[^}]+}", "7")
        .replace("**", "a/b")
        .replace("*", "a");
  }
}
