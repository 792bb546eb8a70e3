package id.warta.wordpress;

import java.util.List;
import java.util.Map;

/** One {@code <item>} of a WXR export, as the export says it (nothing decoded or resolved). */
record WxrItem(
    long id,
    String type,
    String status,
    String title,
    String link,
    String creator,
    String content,
    String excerpt,
    String postName,
    String postDate,
    String postDateGmt,
    String modifiedGmt,
    long parent,
    String attachmentUrl,
    List<Term> terms,
    Map<String, String> meta) {

  /** A category or tag of an item: domain "category" or "post_tag". */
  record Term(String domain, String nicename, String name) {}

  List<Term> categories() {
    return terms.stream().filter(t -> t.domain().equals("category")).toList();
  }

  List<Term> tags() {
    return terms.stream().filter(t -> t.domain().equals("post_tag")).toList();
  }
}
