package id.warta.article;

/**
 * How an article presents itself to search engines and social networks. Every part is optional: the
 * page falls back to the title, the lead and the lead photo.
 *
 * @param title the title in search results and shares; empty for the article's title
 * @param description the meta description; empty for the lead
 * @param imageId the media asset shown when the article is shared; null for the lead photo
 */
public record ArticleSeo(String title, String description, Long imageId) {
  /** Longest SEO title accepted; search engines show about 60 characters. */
  public static final int MAX_TITLE = 300;

  /** Longest meta description accepted; search engines show about 160 characters. */
  public static final int MAX_DESCRIPTION = 600;

  public static final ArticleSeo NONE = new ArticleSeo("", "", null);

  public ArticleSeo {
    title = title == null ? "" : title.strip();
    description = description == null ? "" : description.strip();
    if (title.length() > MAX_TITLE) {
      throw new IllegalArgumentException("Judul SEO paling panjang " + MAX_TITLE + " karakter.");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          "Deskripsi meta paling panjang " + MAX_DESCRIPTION + " karakter.");
    }
  }

  /** The title to show: the SEO title, or the article's. */
  public String titleOr(String articleTitle) {
    return title.isEmpty() ? articleTitle : title;
  }

  /** The description to show: the meta description, or the lead. */
  public String descriptionOr(String lead) {
    return description.isEmpty() ? lead : description;
  }

  /** The shared image: the social image, or the lead photo (null when neither). */
  public Long imageOr(Long leadMediaId) {
    return imageId == null ? leadMediaId : imageId;
  }
}
