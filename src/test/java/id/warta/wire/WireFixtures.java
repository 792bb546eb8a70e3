package id.warta.wire;

import id.warta.article.TestContent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Wire sources and items for tests of other packages (the newsroom's role and journey tests). */
public final class WireFixtures {
  private final WireRepository repository;
  private final WirePoller poller;

  private WireFixtures(ApplicationContext context) {
    this.repository = context.getBean(WireRepository.class);
    this.poller = context.getBean(WirePoller.class);
  }

  public static WireFixtures of(ApplicationContext context) {
    return new WireFixtures(context);
  }

  /** A disabled HTTP source (nothing polls it) with the agency code. */
  public long source(String agency) {
    String name = TestContent.unique("Kawat " + agency);
    return repository.insertSource(
        new WireSourceForm.Valid(
            name,
            WireKind.NEWSML_HTTP,
            "https://kawat.example/" + name.hashCode(),
            agency,
            5,
            false));
  }

  /** A NewsML-G2 folder source (disabled: polled only when a test asks) in its own new folder. */
  public long folderSource(String agency, String folder) {
    String name = TestContent.unique("Folder " + agency);
    return repository.insertSource(
        new WireSourceForm.Valid(name, WireKind.NEWSML_FOLDER, folder, agency, 5, false));
  }

  public java.nio.file.Path folderRoot() {
    return poller.folderRoot();
  }

  public void poll(long sourceId) {
    poller.poll(sourceId, false);
  }

  /** Stores a NewsML-G2 document's items as if the source had delivered it; the new rows' ids. */
  public java.util.List<Long> deliver(long sourceId, String newsml) throws Exception {
    var ids = new java.util.ArrayList<Long>();
    for (ParsedItem item : NewsmlParser.parse(newsml.getBytes(StandardCharsets.UTF_8), 1_000_000)) {
      repository.insertItem(sourceId, item, Instant.now()).ifPresent(ids::add);
    }
    return ids;
  }

  /** A text item with an XHTML body. */
  public static String newsItem(
      String guid, int version, String status, String headline, String body) {
    return "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\""
        + guid
        + "\" version=\""
        + version
        + "\"><itemMeta><itemClass"
        + " qcode=\"ninat:text\"/><versionCreated>2026-12-01T08:00:00+07:00</versionCreated><pubStatus"
        + " qcode=\"stat:"
        + status
        + "\"/></itemMeta>"
        + "<contentMeta><urgency>2</urgency><dateline>JAKARTA</dateline><creditline>ANTARA/Foto</creditline>"
        + "<headline>"
        + headline
        + "</headline></contentMeta><contentSet><inlineXML"
        + " contenttype=\"application/xhtml+xml\"><html"
        + " xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
        + body
        + "</body></html></inlineXML></contentSet></newsItem>";
  }

  /** The sample file's text, for tests elsewhere. */
  public static String sample(String name) {
    return new String(WireSamples.bytes(WireSamples.newsml(name)), StandardCharsets.UTF_8);
  }
}
