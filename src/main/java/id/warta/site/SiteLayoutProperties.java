package id.warta.site;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the reader site lays out its lists.
 *
 * @param weekendSection slug of the section shown as "Berita Weekend"
 * @param pageSize articles on one page of a section, tag, author or Indeks list
 * @param moduleSize articles in a module such as Berita Terkini
 * @param relatedSize articles in the "Baca Juga" list under an article
 * @param excerptLength longest excerpt in lists, in characters, cut on a word
 */
@Validated
@ConfigurationProperties("warta.layout")
public record SiteLayoutProperties(
    @DefaultValue("weekend") String weekendSection,
    @DefaultValue("20") @Min(1) @Max(100) int pageSize,
    @DefaultValue("5") @Min(1) @Max(20) int moduleSize,
    @DefaultValue("3") @Min(1) @Max(10) int relatedSize,
    @DefaultValue("135") @Min(40) @Max(500) int excerptLength) {}
