package id.warta.wordpress;

/** The admins' import screen: the form, and the report of the run just made (or null). */
public record WordPressImportPage(String uploadsDir, ImportReport report) {}
