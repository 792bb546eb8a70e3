package id.warta.epaper;

/** The text of one page of an edition, as extracted from its PDF; for reading and search. */
public record EditionPageText(int pageNumber, String text) {}
