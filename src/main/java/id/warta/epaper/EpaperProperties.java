package id.warta.epaper;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and sizes of the e-paper.
 *
 * @param maxFileSize largest PDF an editor may upload
 * @param maxPages most pages an edition may have
 * @param readerWidth width in pixels of a page as the reader shows it (and zooms into)
 * @param thumbnailWidth width in pixels of a page's thumbnail
 * @param archivePageSize editions on one page of the archive
 * @param editionTitle the title the newsroom's upload form offers, e.g. "Media Indonesia"
 * @param maxImagePixels the most pixels an image inside a page may have (a 300 dpi photo over a
 *     whole broadsheet page is about 25 million); pages holding a larger one are refused before it
 *     is decoded
 */
@Validated
@ConfigurationProperties("warta.epaper")
public record EpaperProperties(
    @DefaultValue("50MB") DataSize maxFileSize,
    @DefaultValue("64") @Min(1) @Max(1000) int maxPages,
    @DefaultValue("1600") @Min(400) @Max(4000) int readerWidth,
    @DefaultValue("300") @Min(100) @Max(800) int thumbnailWidth,
    @DefaultValue("24") @Min(1) @Max(100) int archivePageSize,
    @DefaultValue("Media Indonesia") String editionTitle,
    @DefaultValue("50000000") @Min(1_000_000) long maxImagePixels) {

  public EpaperProperties {
    if (maxFileSize == null || maxFileSize.toBytes() < 1024 || maxFileSize.toGigabytes() >= 2) {
      throw new IllegalArgumentException("warta.epaper.max-file-size must be between 1KB and 2GB");
    }
  }
}
