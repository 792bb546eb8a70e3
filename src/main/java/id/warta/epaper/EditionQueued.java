package id.warta.epaper;

/** An edition was stored or its retry asked for; its processing starts after the commit. */
public record EditionQueued(long editionId) {}
