package id.warta.newsroom;

import id.warta.article.ArticleStatus;
import java.util.List;

/** Status names as the newsroom reads them. */
public final class Statuses {
  private Statuses() {}

  public static String label(ArticleStatus status) {
    return switch (status) {
      case DRAFT -> "Draf";
      case IN_REVIEW -> "Menunggu tinjauan";
      case SCHEDULED -> "Terjadwal";
      case PUBLISHED -> "Terbit";
      case UNPUBLISHED -> "Ditarik";
    };
  }

  public static List<ArticleStatus> all() {
    return List.of(ArticleStatus.values());
  }
}
