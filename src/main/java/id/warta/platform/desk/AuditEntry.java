package id.warta.platform.desk;

import java.time.Instant;

/** One line of the audit log, with its time as the newsroom reads it. */
public record AuditEntry(
    Instant at, String when, String userName, String action, String target, String detail) {}
