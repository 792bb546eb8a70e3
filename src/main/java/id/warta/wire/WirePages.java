package id.warta.wire;

import id.warta.section.Section;
import java.util.List;

/** The typed models of the wire screens. */
public final class WirePages {
  private WirePages() {}

  /** A queue line: the item's latest version and when it arrived, in Indonesian. */
  public record Row(WireItem item, String received) {}

  public record Queue(
      List<Row> rows,
      List<WireSource> sources,
      String query,
      Long sourceId,
      int page,
      boolean hasPrevious,
      boolean hasNext,
      long total) {

    public String pageLink(int target) {
      StringBuilder link = new StringBuilder("/redaksi/kawat?halaman=").append(target);
      if (query != null && !query.isBlank()) {
        link.append("&q=")
            .append(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
      }
      if (sourceId != null) {
        link.append("&sumber=").append(sourceId);
      }
      return link.toString();
    }
  }

  public record Item(
      WireItem item, List<Section> sections, String received, String versionCreated) {}

  public record SourceRow(
      WireSource source, String lastPolled, String lastSuccess, String nextPoll) {}

  public record Sources(
      List<SourceRow> rows,
      WireSourceForm form,
      List<String> errors,
      List<WireKind> kinds,
      String folderRoot) {}
}
