package id.warta.epaper;

/** An edition was stored or its retry asked for; its processing starts after the commit. */
record EditionQueued(long editionId) {}
