package id.warta.site;

/** What a reader sees when a page does not exist or a request cannot be served. */
public record ErrorPage(PageFrame frame, int status, String heading, String message) {}
