package id.warta.epaper;

/** Readers see an edition only when all its pages are READY. */
public enum EditionStatus {
  PROCESSING,
  FAILED,
  READY
}
