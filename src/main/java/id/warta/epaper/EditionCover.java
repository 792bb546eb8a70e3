package id.warta.epaper;

/** An edition in the archive, with its first page's thumbnail. */
public record EditionCover(Edition edition, EditionPage cover) {}
