package id.warta.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Search settings.
 *
 * @param rootWordsFile more root words for the stemmer (a plain list, or a hunspell .dic such as
 *     Debian's hunspell-id), added to the built-in list; null for none. Run {@code reindex} after
 *     changing it (the site also notices on start and rebuilds in the background).
 * @param pageSize results on one page of /cari
 * @param maxResults deepest result a reader can page to
 * @param maxQueryLength longest query accepted, in characters
 * @param countUpTo hits are counted exactly up to this many; past it a search says "lebih dari"
 *     (more than) and stops counting, so that a common word costs what a rare one does
 * @param learnedRootMinArticles in how many articles a word must be written bare (in lower case)
 *     before words derived from it are searched with it (a root learned from the archive)
 */
@Validated
@ConfigurationProperties("warta.search")
public record SearchProperties(
    Path rootWordsFile,
    @DefaultValue("10") @Min(1) @Max(50) int pageSize,
    @DefaultValue("1000") @Min(10) @Max(10000) int maxResults,
    @DefaultValue("200") @Min(10) @Max(1000) int maxQueryLength,
    @DefaultValue("1000") @Min(10) @Max(1000000) int countUpTo,
    @DefaultValue("1") @Min(1) int learnedRootMinArticles) {}
