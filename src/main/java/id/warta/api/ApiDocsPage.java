package id.warta.api;

import java.util.List;

/**
 * The API's own page: what the OpenAPI document says, readable without JavaScript.
 *
 * @param openApiUrl where the OpenAPI document itself is
 */
public record ApiDocsPage(
    String siteName,
    String title,
    String version,
    String description,
    String openApiUrl,
    List<Operation> operations,
    List<Problem> problems) {

  public record Operation(
      String id,
      String method,
      String path,
      String summary,
      String description,
      List<Parameter> parameters,
      List<Response> responses) {}

  public record Parameter(
      String name, String in, boolean required, String type, String description) {}

  public record Response(String status, String description) {}

  /** A problem type the API answers with; its anchor is the problem document's "type". */
  public record Problem(String anchor, int status, String title, String when) {}
}
