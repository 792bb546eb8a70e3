package id.warta.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change feed (platform.ChangeFeed).
 *
 * @param pollEvery how often a process looks for changes written by other processes (its own are
 *     applied right after they commit)
 * @param gapWait how long an id skipped by the feed is looked for again: on PostgreSQL ids are
 *     handed out at insert but become visible at commit, so a lower id can appear later
 * @param keep how long change rows stay in the table
 */
@ConfigurationProperties("warta.changes")
public record ChangeProperties(
    @DefaultValue("500ms") Duration pollEvery,
    @DefaultValue("10s") Duration gapWait,
    @DefaultValue("1h") Duration keep) {}
