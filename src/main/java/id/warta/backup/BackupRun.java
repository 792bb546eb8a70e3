package id.warta.backup;

import java.time.Instant;

/** A finished backup, good or failed, as the newsroom lists it. */
public record BackupRun(
    long id,
    Instant startedAt,
    Instant finishedAt,
    String node,
    String location,
    boolean succeeded,
    int files,
    long bytes,
    String message) {}
