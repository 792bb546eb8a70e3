package id.warta.epaper;

import java.time.LocalDate;

/**
 * Published after the commit that makes an edition visible: all its pages are rendered and their
 * text is available from {@link EditionRepository#findPageTexts(long)}.
 */
public record EditionReady(long editionId, LocalDate editionDate) {}
